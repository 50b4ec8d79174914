package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs user tokens on the local stack and in tests: the services get only the public
 * key ({@code mp.jwt.verify.publickey(.location)}), the private key stays with whoever mints (TokenTool, the
 * tests). Plain JDK, so the dependency-free LocalStack JVM can create the pair under its data directory.
 */
public record SigningKeys(PublicKey publicKey, PrivateKey privateKey) {

    /** The issuer and audience the services expect by default (service-core's microprofile-config). */
    public static final String ISSUER = "https://activity-platform.local";
    public static final String AUDIENCE = "activity-platform";
    public static final String PRIVATE_FILE = "jwt-signing-key.pem";
    public static final String PUBLIC_FILE = "jwt-public-key.pem";

    private static final class ForThisJvm {
        static final SigningKeys KEYS = generate();
    }

    /** One pair per test JVM: the test resource hands its public key to each service, the tests sign with it. */
    public static SigningKeys forThisJvm() {
        return ForThisJvm.KEYS;
    }

    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is always available", e);
        }
    }

    /** The pair stored in {@code dir}, created (private key readable by the owner only) when missing. */
    public static SigningKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return load(dir);
            }
            Files.createDirectories(dir);
            SigningKeys keys = generate();
            // Owner-only from its creation: restricting it after writing would leave the key readable a moment.
            Files.deleteIfExists(privateFile);
            try {
                Files.createFile(privateFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            Files.writeString(privateFile, pem("PRIVATE KEY", keys.privateKey.getEncoded()));
            Files.writeString(publicFile, keys.publicKeyPem());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the signing key pair in " + dir, e);
        }
    }

    public static SigningKeys load(Path dir) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(dir.resolve(PRIVATE_FILE))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(dir.resolve(PUBLIC_FILE))));
            return new SigningKeys(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA key pair in " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key pair in " + dir
                    + " (start the local stack once to create it)", e);
        }
    }

    /** The public key as PEM (X.509 SubjectPublicKeyInfo), the format mp.jwt.verify.publickey accepts. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
