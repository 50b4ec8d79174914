package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key pair on disk: always a matching pair, readable back exactly, and clear errors otherwise. */
class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void aStoredPairLoadsBackAsTheSameKeys() {
        SigningKeys created = SigningKeys.loadOrCreate(dir.resolve("nested/data"));

        SigningKeys loaded = SigningKeys.load(dir.resolve("nested/data"));

        assertThat(loaded.publicKey().getEncoded()).isEqualTo(created.publicKey().getEncoded());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
        assertThat(matches(loaded)).isTrue();
    }

    @Test
    void aHalfPairIsReplacedByAMatchingPairNeverMixed() throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        Files.delete(dir.resolve(SigningKeys.PUBLIC_FILE));

        SigningKeys second = SigningKeys.loadOrCreate(dir);

        assertThat(second.publicKey().getEncoded()).isNotEqualTo(first.publicKey().getEncoded());
        SigningKeys onDisk = SigningKeys.load(dir);
        assertThat(onDisk.privateKey().getEncoded()).isEqualTo(second.privateKey().getEncoded());
        assertThat(matches(onDisk)).isTrue();
    }

    @Test
    void thePublicKeyPemIsWhatTheServicesRead() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String pem = keys.publicKeyPem();

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        assertThat(pem.lines()).allMatch(line -> line.length() <= 64);
        assertThat(Files.readString(dir.resolve(SigningKeys.PUBLIC_FILE))).isEqualTo(pem);
    }

    @Test
    void missingFilesSayHowToCreateThem() {
        assertThatThrownBy(() -> SigningKeys.load(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("start the local stack once");
    }

    @Test
    void filesThatAreNoRsaKeysAreRefused() throws Exception {
        Files.writeString(dir.resolve(SigningKeys.PRIVATE_FILE),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(SigningKeys.PUBLIC_FILE),
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SigningKeys.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not an RSA key pair");
        assertThatThrownBy(() -> SigningKeys.loadOrCreate(dir)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void oneTestJvmHasOnePair() {
        assertThat(SigningKeys.forThisJvm()).isSameAs(SigningKeys.forThisJvm());
        assertThat(matches(SigningKeys.forThisJvm())).isTrue();
        assertThat(SigningKeys.generate().publicKey()).isNotEqualTo(SigningKeys.generate().publicKey());
    }

    private static boolean matches(SigningKeys keys) {
        try {
            byte[] data = "proof".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.privateKey());
            signer.update(data);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.publicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
