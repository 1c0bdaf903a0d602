package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.export.Json;

/**
 * The errors Jetty answers before a request reaches the routes (a URI too long, a malformed path or header), in
 * the API's one error shape instead of Jetty's HTML page. Stateless.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        String standard = org.eclipse.jetty.http.HttpStatus.getMessage(status);
        String title = defaultTitle(status) + (reason == null || reason.isBlank() || reason.equalsIgnoreCase(standard)
                ? "" : " (" + reason + ")");
        try {
            return Json.mapper().writeValueAsString(WebApp.errorBody(status, title, Map.of()))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render an error as JSON", e);
        }
    }

    private static String defaultTitle(int status) {
        return switch (status) {
            case 414 -> "the address is too long: ask for less (fewer or shorter parameters)";
            case 431 -> "the request's headers are too large";
            case 400 -> "the request is malformed";
            default -> "the request could not be answered: " + org.eclipse.jetty.http.HttpStatus.getMessage(status);
        };
    }
}
