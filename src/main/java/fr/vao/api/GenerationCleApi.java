package fr.vao.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Prints a JWK Set for {@code VAO_API_CLES} (docs/api.md): a new RSA 2048 private key with this kid, after the keys
 * of an existing set when one is given (rotation). Run:
 * {@code mvn -q compile exec:java -Dexec.mainClass=fr.vao.api.GenerationCleApi -Dexec.args="kid [cles.json]"}.
 */
public final class GenerationCleApi {

    private GenerationCleApi() {
    }

    public static void main(String[] args) throws IOException, ParseException {
        String kid = args.length > 0 ? args[0] : "vao-" + LocalDate.now();
        List<JWK> cles = new ArrayList<>();
        if (args.length > 1) {
            cles.addAll(JWKSet.parse(Files.readString(Path.of(args[1]))).getKeys());
        }
        if (cles.stream().anyMatch(c -> kid.equals(c.getKeyID()))) {
            throw new IllegalArgumentException("Le kid " + kid + " existe déjà dans " + args[1]);
        }
        cles.add(ClesApi.genererCle(kid));
        // private keys included: this is the secret's value, print it nowhere else
        System.out.println(new JWKSet(cles).toString(false));
    }
}
