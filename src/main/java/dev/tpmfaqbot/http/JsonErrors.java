package dev.tpmfaqbot.http;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself (a malformed request line, headers too large, a broken URI): the same
 * JSON {@code {"error": …}} as the endpoints, naming the status, never quoting the request.
 */
final class JsonErrors extends ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(
            Request request,
            Response response,
            Callback callback,
            String contentType,
            List<Charset> charsets,
            int code,
            String message,
            Throwable cause) {
        HttpReply reply =
                HttpReply.error(
                        code, HttpStatus.getMessage(code).toLowerCase(java.util.Locale.ROOT));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }
}
