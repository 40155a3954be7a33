package fr.vao.plateforme.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PaginationTest {

    private static MockHttpServletRequest requete(String requete) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/bo/administration/courriels");
        if (requete != null) {
            for (String parametre : requete.split("&")) {
                String[] nomValeur = parametre.split("=", 2);
                r.addParameter(nomValeur[0], java.net.URLDecoder.decode(nomValeur[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return r;
    }

    @Test
    void lesLiensGardentLesFiltresEtChangentLaPage() {
        Pagination p = Pagination.de(requete("statut=ECHEC&destinataire=a%40b.fr&page=2"), "2", 20, 45);
        assertThat(p.pages()).isEqualTo(3);
        assertThat(p.decalage()).isEqualTo(20);
        assertThat(p.url(3)).isEqualTo("/bo/administration/courriels?statut=ECHEC&destinataire=a%40b.fr&page=3");
        assertThat(p.avec("tri", "asc")).isEqualTo("/bo/administration/courriels?statut=ECHEC&destinataire=a%40b.fr&tri=asc");
        assertThat(p.vers("/bo/administration/courriels/export.csv"))
                .isEqualTo("/bo/administration/courriels/export.csv?statut=ECHEC&destinataire=a%40b.fr");
        assertThat(p.numeros()).containsExactly(1, 2, 3);
    }

    @Test
    void unePageHorsLimitesEstRamenee() {
        assertThat(Pagination.de(requete(null), "99", 20, 45).page()).isEqualTo(3);
        assertThat(Pagination.de(requete(null), "-4", 20, 45).page()).isEqualTo(1);
        assertThat(Pagination.de(requete(null), "abc", 20, 45).page()).isEqualTo(1);
        Pagination vide = Pagination.de(requete(null), null, 20, 0);
        assertThat(vide.page()).isEqualTo(1);
        assertThat(vide.premiere()).isTrue();
        assertThat(vide.derniere()).isTrue();
        assertThat(vide.url(1)).isEqualTo("/bo/administration/courriels?page=1");
    }

    @Test
    void lesEntetesDeTriAlternentLOrdreEtRevienentALaPremierePage() {
        Pagination p = Pagination.de(requete("nom=Durand&tri=nom&ordre=asc&page=2"), "2", 20, 45).triee("nom", false);
        assertThat(p.ariaSort("nom")).isEqualTo("ascending");
        assertThat(p.ariaSort("email")).isEqualTo("none");
        assertThat(p.trier("nom")).isEqualTo("/bo/administration/courriels?nom=Durand&tri=nom&ordre=desc");
        assertThat(p.trier("email")).isEqualTo("/bo/administration/courriels?nom=Durand&tri=email&ordre=asc");
        assertThat(p.triee("nom", true).ariaSort("nom")).isEqualTo("descending");
    }

    @Test
    void laPageSuivantePorteLeCurseurQuandLaListeEnDonneUnEtLesAutresLiensLOublient() {
        Pagination p = Pagination.de(requete("tri=debut&apres=debut~a~12~2031-01-06&page=2"), "2", 20, 45)
                .triee("debut", false);
        assertThat(p.urlSuivante()).as("by number without a cursor")
                .isEqualTo("/bo/administration/courriels?tri=debut&page=3");
        Pagination c = p.avecSuivante("debut~a~34~2031-02-01");
        assertThat(c.urlSuivante())
                .isEqualTo("/bo/administration/courriels?tri=debut&page=3&apres=debut%7Ea%7E34%7E2031-02-01");
        assertThat(c.url(1)).isEqualTo("/bo/administration/courriels?tri=debut&page=1");
        assertThat(c.trier("debut")).doesNotContain("apres");
        assertThat(c.triee("debut", true).suivante()).isEqualTo("debut~a~34~2031-02-01");
    }
}
