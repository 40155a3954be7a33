package fr.vao.document.antivirus;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import fr.vao.plateforme.observabilite.IdentifiantRequete;

/**
 * The HTTP scanning service of spec §7.5: {@code POST {url}} with the file in the multipart field {@code FILES};
 * answer {@code {"success": true, "data": {"result": [{"viruses": [...]}]}}}.
 */
class AntivirusHttp implements Antivirus {

    record Reponse(boolean success, Donnees data) {
        record Donnees(List<Fichier> result) {
        }

        record Fichier(List<String> viruses) {
        }
    }

    private final URI url;
    private final RestClient client;

    AntivirusHttp(URI url, Duration delai) {
        this.url = url;
        SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
        fabrique.setConnectTimeout(Duration.ofSeconds(2));
        fabrique.setReadTimeout(delai);
        this.client = RestClient.builder().requestFactory(fabrique)
                .requestInterceptor(IdentifiantRequete.sortant()).build();
    }

    @Override
    public Resultat analyser(String nom, byte[] contenu) {
        MultiValueMap<String, Object> parties = new LinkedMultiValueMap<>();
        parties.add("FILES", new ByteArrayResource(contenu) {
            @Override
            public String getFilename() {
                return nom;
            }
        });
        try {
            Reponse reponse = client.post().uri(url).contentType(MediaType.MULTIPART_FORM_DATA).body(parties)
                    .retrieve().body(Reponse.class);
            if (reponse == null || !reponse.success() || reponse.data() == null || reponse.data().result() == null
                    || reponse.data().result().isEmpty()) {
                return new Resultat.Indisponible("réponse inattendue de l'antivirus");
            }
            List<String> virus = reponse.data().result().stream()
                    .flatMap(f -> f.viruses() == null ? java.util.stream.Stream.empty() : f.viruses().stream())
                    .toList();
            return virus.isEmpty() ? new Resultat.Sain() : new Resultat.Infecte(virus);
        } catch (RestClientException e) {
            return new Resultat.Indisponible(e.getClass().getSimpleName() + " : " + e.getMessage());
        }
    }

    @Override
    public String description() {
        return "service HTTP " + url;
    }
}
