package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.slack.fake.SignedRequests.SignedRequest;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, blocking, for the benchmark: a benchmark client should cost
 * little next to the server it measures on the same two cores (the JDK's HttpClient costs a lot).
 */
final class LoopbackHttpClient implements AutoCloseable {
    private final URI endpoint;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    LoopbackHttpClient(URI endpoint) throws IOException {
        this.endpoint = endpoint;
        this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** The request as bytes on the wire, prepared before the clock starts. */
    byte[] encode(SignedRequest request) {
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head =
                new StringBuilder("POST ")
                        .append(endpoint.getPath())
                        .append(" HTTP/1.1\r\n")
                        .append("Host: ")
                        .append(endpoint.getHost())
                        .append(':')
                        .append(endpoint.getPort())
                        .append("\r\n")
                        .append("Content-Length: ")
                        .append(body.length)
                        .append("\r\n");
        request.headers()
                .forEach(
                        (name, values) ->
                                values.forEach(
                                        v ->
                                                head.append(name)
                                                        .append(": ")
                                                        .append(v)
                                                        .append("\r\n")));
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** Sends one request and reads the whole response; returns the status code. */
    int send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int contentLength = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength =
                        Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        in.readNBytes(contentLength);
        return Integer.parseInt(status.split(" ")[1]);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
