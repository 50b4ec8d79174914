package io.activityplatform.deploy.kubernetes.check;

/** The platform read once per test JVM: parsing every manifest and source file is the slow part. */
final class PlatformFixture {

    private static Platform platform;

    private PlatformFixture() {
    }

    static synchronized Platform platform() {
        if (platform == null) {
            platform = Platform.load();
        }
        return platform;
    }
}
