package io.activityplatform.service.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test during which Vert.x reported a blocked thread ("has been blocked for"): no event-loop thread
 * may ever block (issue 10). Registered for every module that uses service-core's test-jar, through JUnit's
 * extension auto-detection (this jar's {@code junit-platform.properties} and service file).
 */
public class NoBlockedEventLoop implements BeforeEachCallback, AfterEachCallback {

    /** The logger Vert.x reports blocked threads to. */
    public static final String CHECKER = "io.vertx.core.impl.BlockedThreadChecker";
    private static final String BLOCKED = "has been blocked for";
    private static final List<String> REPORTS = new CopyOnWriteArrayList<>();
    /**
     * Held strongly: java.util.logging keeps loggers only weakly, so a logger that nobody references can be
     * collected with our handler on it, and Vert.x would then report to a fresh logger without it.
     */
    private static final Logger CHECKER_LOGGER = Logger.getLogger(CHECKER);
    private static final Handler HANDLER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.contains(BLOCKED)) {
                REPORTS.add(message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> reports = drain();
        // by name: a @QuarkusTest's annotations come from another class loader than this extension
        boolean onPurpose = context.getTestMethod().stream().flatMap(m -> Arrays.stream(m.getAnnotations()))
                .anyMatch(a -> a.annotationType().getName().equals(BlocksOnPurpose.class.getName()));
        if (!reports.isEmpty() && !onPurpose) {
            throw new AssertionError("a Vert.x thread was blocked during " + context.getDisplayName() + ": " + reports);
        }
    }

    /** Marks the planted-fault test that blocks an event loop to prove this check works. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface BlocksOnPurpose {
    }

    /** Takes the reports so far (for a test that blocks on purpose to prove this check works). */
    public static List<String> drain() {
        List<String> reports = new ArrayList<>(REPORTS);
        REPORTS.removeAll(reports);
        return reports;
    }

    /** Idempotent: the logging setup of a starting application may have replaced the logger's handlers. */
    public static void install() {
        Logger logger = CHECKER_LOGGER;
        for (Handler handler : logger.getHandlers()) {
            if (handler == HANDLER) {
                return;
            }
        }
        logger.addHandler(HANDLER);
    }
}
