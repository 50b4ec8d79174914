package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void aMissingPublicKeyIsDerivedFromTheStoredPrivateKeySoIssuedTokensStayValid() throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        byte[] issued = sign(first, "token issued before the public key was lost");
        Files.delete(dir.resolve(SigningKeys.PUBLIC_FILE));

        SigningKeys second = SigningKeys.loadOrCreate(dir);

        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(second.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        SigningKeys onDisk = SigningKeys.load(dir);
        assertThat(onDisk.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        assertThat(verifies(onDisk, "token issued before the public key was lost", issued)).isTrue();
        assertThat(Files.readString(dir.resolve(SigningKeys.PUBLIC_FILE))).isEqualTo(first.publicKeyPem());
    }

    @Test
    void theDerivedPublicKeyIsWrittenOwnerOnlyLikeThePrivateKey() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        SigningKeys.loadOrCreate(dir);
        Files.delete(dir.resolve(SigningKeys.PUBLIC_FILE));

        SigningKeys.loadOrCreate(dir);

        assertThat(Files.getPosixFilePermissions(dir.resolve(SigningKeys.PUBLIC_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve(SigningKeys.PRIVATE_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void onlyAMissingPrivateKeyMakesANewPairNeverAMixedOne() throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        Files.delete(dir.resolve(SigningKeys.PRIVATE_FILE));

        SigningKeys second = SigningKeys.loadOrCreate(dir);

        assertThat(second.publicKey().getEncoded()).isNotEqualTo(first.publicKey().getEncoded());
        SigningKeys onDisk = SigningKeys.load(dir);
        assertThat(onDisk.privateKey().getEncoded()).isEqualTo(second.privateKey().getEncoded());
        assertThat(onDisk.publicKey().getEncoded()).isEqualTo(second.publicKey().getEncoded());
        assertThat(matches(onDisk)).isTrue();
    }

    @Test
    void aBrokenPrivateKeyWithoutPublicKeyIsRefusedAndNothingIsWritten() throws Exception {
        Files.writeString(dir.resolve(SigningKeys.PRIVATE_FILE),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not an RSA key pair");
        assertThat(dir.resolve(SigningKeys.PUBLIC_FILE)).doesNotExist();
        assertThat(Files.readString(dir.resolve(SigningKeys.PRIVATE_FILE))).contains("AAAA");
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

    private static byte[] sign(SigningKeys keys, String text) throws java.security.GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.privateKey());
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        return signer.sign();
    }

    private static boolean verifies(SigningKeys keys, String text, byte[] signature)
            throws java.security.GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.publicKey());
        verifier.update(text.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(signature);
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
