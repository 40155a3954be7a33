package fr.vao.plateforme.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PaginationTest {

    private static MockHttpServletRequest requete(String requete) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/bo/administration/courriels");
        r.setQueryString(requete);
        return r;
    }

    @Test
    void lesLiensGardentLesFiltresEtChangentLaPage() {
        Pagination p = Pagination.de(requete("statut=ECHEC&destinataire=a%40b.fr&page=2"), 2, 20, 45);
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
        assertThat(Pagination.de(requete(null), 99, 20, 45).page()).isEqualTo(3);
        assertThat(Pagination.de(requete(null), -4, 20, 45).page()).isEqualTo(1);
        Pagination vide = Pagination.de(requete(null), null, 20, 0);
        assertThat(vide.page()).isEqualTo(1);
        assertThat(vide.premiere()).isTrue();
        assertThat(vide.derniere()).isTrue();
        assertThat(vide.url(1)).isEqualTo("/bo/administration/courriels?page=1");
    }
}
