package fr.vao.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Writes a JWK Set for {@code VAO_API_CLES} (docs/api.md): the keys of an existing set, if one is given (rotation),
 * then a new RSA 2048 private key with this kid. Run from the project's root:
 * {@code mvn -q compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.mainClass=fr.vao.api.GenerationCleApi
 * -Dexec.args="kid sortie.json [existant.json]"}.
 */
public final class GenerationCleApi {

    private GenerationCleApi() {
    }

    public static void main(String[] args) throws IOException, ParseException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Arguments : kid sortie.json [existant.json]");
        }
        String kid = args[0];
        Path sortie = Path.of(args[1]);
        List<JWK> cles = new ArrayList<>();
        if (args.length > 2) {
            cles.addAll(JWKSet.parse(Files.readString(Path.of(args[2]))).getKeys());
        }
        if (cles.stream().anyMatch(c -> kid.equals(c.getKeyID()))) {
            throw new IllegalArgumentException("Le kid " + kid + " existe déjà dans " + args[2]);
        }
        cles.add(ClesApi.genererCle(kid));
        Files.deleteIfExists(sortie);
        try {
            Files.createFile(sortie, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(sortie);
        }
        // private keys: this is the secret's value
        Files.writeString(sortie, new JWKSet(cles).toString(false));
        System.out.println("Jeu de " + cles.size() + " clé(s) écrit dans " + sortie + ", clé active : " + kid);
    }
}
