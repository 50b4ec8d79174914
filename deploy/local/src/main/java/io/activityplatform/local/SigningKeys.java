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
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
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

    /**
     * The pair stored in {@code dir}. A missing public key is derived from the stored private key (regenerating
     * would invalidate every token already issued); a new pair is made only when the private key is missing.
     * Key files are written readable by the owner only.
     */
    public static SigningKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile)) {
                if (Files.exists(publicFile)) {
                    return load(dir);
                }
                SigningKeys keys = derivePublic(readPrivate(privateFile), dir);
                writeOwnerOnly(publicFile, keys.publicKeyPem());
                return keys;
            }
            Files.createDirectories(dir);
            SigningKeys keys = generate();
            writeOwnerOnly(privateFile, pem("PRIVATE KEY", keys.privateKey.getEncoded()));
            writeOwnerOnly(publicFile, keys.publicKeyPem());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the signing key pair in " + dir, e);
        }
    }

    /** An RSA private key in PKCS#8 carries its modulus and public exponent: the public key follows from it. */
    private static SigningKeys derivePublic(PrivateKey privateKey, Path dir) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The private key in " + dir + " has no public part (not RSA CRT)");
        }
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new SigningKeys(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA key pair in " + dir, e);
        }
    }

    /** Owner-only from its creation: restricting a file after writing would leave it readable a moment. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Files.writeString(file, content);
    }

    public static SigningKeys load(Path dir) {
        try {
            PrivateKey privateKey = readPrivate(dir.resolve(PRIVATE_FILE));
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(dir.resolve(PUBLIC_FILE))));
            return new SigningKeys(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA key pair in " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key pair in " + dir
                    + " (start the local stack once to create it)", e);
        }
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not an RSA key pair in " + file.getParent() + ": " + file.getFileName()
                    + " is no RSA private key", e);
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
