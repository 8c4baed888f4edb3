package dev.tpmfaqbot.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy on 127.0.0.1 in front of a real server, whose link can be cut (every connection
 * closed, new ones closed as soon as they open) and restored: a network outage for the tests.
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new ArrayList<>();
    private boolean cut;

    CuttableProxy(String hostAndPort) throws IOException {
        int colon = hostAndPort.lastIndexOf(':');
        targetHost = hostAndPort.substring(0, colon);
        targetPort = Integer.parseInt(hostAndPort.substring(colon + 1));
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** HOST:PORT to connect to instead of the server. */
    String address() {
        return "127.0.0.1:" + listener.getLocalPort();
    }

    synchronized void cut() {
        cut = true;
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    synchronized void restore() {
        cut = false;
    }

    /** False when the link was cut meanwhile: then both sockets are closed. */
    private synchronized boolean link(Socket client, Socket server) {
        if (cut) {
            closeQuietly(client);
            closeQuietly(server);
            return false;
        }
        open.add(client);
        open.add(server);
        return true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                if (!cut) {
                    server.connect(new InetSocketAddress(targetHost, targetPort));
                }
                if (link(client, server)) {
                    pump(client, server);
                    pump(server, client);
                }
            } catch (IOException e) {
                // listener closed, or the server refused: the client sees its socket close
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread =
                new Thread(
                        () -> {
                            byte[] buffer = new byte[16_384];
                            try (InputStream in = from.getInputStream();
                                    OutputStream out = to.getOutputStream()) {
                                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                                    out.write(buffer, 0, n);
                                }
                            } catch (IOException e) {
                                // one side closed
                            } finally {
                                closeQuietly(from);
                                closeQuietly(to);
                            }
                        },
                        "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
