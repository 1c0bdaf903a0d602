package org.sitrep.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Query parameters checked, with a 400 that names the parameter and says what it should be. Stateless. */
final class Params {
    static final int MAX_TEXT = 200;

    private Params() {
    }

    /** The trimmed value, empty when absent or blank; longer than {@link #MAX_TEXT} characters is a 400. */
    static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_TEXT) {
            throw bad(name, value.substring(0, 40) + "...", "is longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.trim());
    }

    static String required(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> bad(name, null, "is required"));
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw bad(name, value, "is not a date: use YYYY-MM-DD, such as 2012-03-22");
            }
        });
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw bad(name, value.get(), "is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw bad(name, value.get(), "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /** A constant of {@code type}, case-insensitive; a 400 lists the allowed values. */
    static <E extends Enum<E>> Optional<E> constant(Context ctx, String name, Class<E> type) {
        return text(ctx, name).map(value -> {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(name, value, "is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        });
    }

    static BadRequestResponse bad(String name, String value, String problem) {
        String message = "parameter '" + name + "'" + (value == null ? "" : " (" + value + ")") + " " + problem;
        return new BadRequestResponse(message, value == null ? Map.of("parameter", name)
                : Map.of("parameter", name, "value", value));
    }
}
