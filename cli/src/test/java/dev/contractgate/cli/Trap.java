package dev.contractgate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener on a loopback port an attacker's input names: it records every connection and the
 * first lines each one sent (a request line, an {@code Authorization} header), and answers nothing.
 * A security test asserts it saw no connection at all.
 */
final class Trap implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private Trap() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "trap-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static Trap open() throws IOException {
        return new Trap();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** What arrived: one entry per connection, its first lines joined. */
    List<String> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(500);
                StringBuilder lines = new StringBuilder("connection");
                try {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (int i = 0; i < 8; i++) {
                        String line = reader.readLine();
                        if (line == null || line.isEmpty()) {
                            break;
                        }
                        lines.append(" | ").append(line);
                    }
                } catch (IOException quiet) {
                    // a connection that sent nothing readable still counts
                }
                received.add(lines.toString());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
