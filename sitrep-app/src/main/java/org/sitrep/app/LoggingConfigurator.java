package org.sitrep.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logging set up in code rather than from {@code logback.xml}: parsing XML costs query commands half a
 * second of start-up. Users see sitrep's own messages on stderr; libraries speak only when something is
 * wrong. Set {@code SITREP_LOG=debug} to see everything.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
    private static final Map<String, Level> LEVELS = Map.of(
            "org.sitrep", Level.INFO,
            "edu.stanford", Level.WARN,
            "org.apache.tika", Level.ERROR,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "org.apache.poi", Level.ERROR,
            "org.flywaydb", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(stderr);
        boolean debug = "debug".equalsIgnoreCase(System.getenv("SITREP_LOG"));
        root.setLevel(debug ? Level.DEBUG : Level.WARN);
        if (!debug) {
            LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
