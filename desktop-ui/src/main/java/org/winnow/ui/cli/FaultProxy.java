package org.winnow.ui.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay on a loopback port between one client and the database server that can break the
 * network on purpose: cut every open connection, refuse new ones for a while or for good, or cut
 * when the client sends a message holding a given text (a write's SQL, its COMMIT). To the client
 * this is the server closing the connection, as a dropped network or a restarted server does.
 */
final class FaultProxy implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int BUFFER = 16 * 1024;

  private final String host;
  private final int port;
  private final ServerSocket listener;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private volatile long refusingUntil; // System.nanoTime(); Long.MAX_VALUE: for good
  private volatile boolean refusing;
  private volatile Trigger trigger;
  private final CountDownLatch fired = new CountDownLatch(1);
  private volatile boolean closed;

  /**
   * A cut armed on the client's next message holding {@code marker}: that message is dropped
   * ({@code deliver} false: the server never gets it), or delivered and the server's answer dropped
   * ({@code deliver} true: the server did the work, the client never hears so).
   */
  private record Trigger(String marker, boolean deliver) {}

  FaultProxy(String host, int port) throws IOException {
    this.host = host;
    this.port = port;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "fault-proxy-" + listener.getLocalPort());
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The loopback port clients connect to instead of the server's. */
  int port() {
    return listener.getLocalPort();
  }

  /** Connections open now. */
  int openConnections() {
    return links.size();
  }

  /** Closes every open connection now; new ones are relayed as before. */
  void cutAll() {
    for (Link link : links) {
      link.close();
    }
  }

  /** Closes every open connection and refuses new ones for this long: the network is down. */
  void dropFor(Duration outage) {
    refusingUntil = System.nanoTime() + outage.toNanos();
    refusing = true;
    cutAll();
  }

  /** Closes every open connection and refuses every new one: the client's process is gone. */
  void dropForGood() {
    refusingUntil = Long.MAX_VALUE;
    refusing = true;
    cutAll();
  }

  /**
   * Arms a cut on the client's next message holding {@code marker} (see {@link Trigger}); {@link
   * #awaitCut} waits for it to happen.
   */
  void cutOnMessage(String marker, boolean deliver) {
    trigger = new Trigger(marker, deliver);
  }

  /** Waits for an armed cut to happen; false when it did not within the time. */
  boolean awaitCut(Duration within) throws InterruptedException {
    return fired.await(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  private boolean refusingNow() {
    if (!refusing) {
      return false;
    }
    if (refusingUntil != Long.MAX_VALUE && System.nanoTime() >= refusingUntil) {
      refusing = false;
      return false;
    }
    return true;
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (refusingNow()) {
        quietly(client);
        continue;
      }
      Socket server = new Socket();
      try {
        server.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
      } catch (IOException e) {
        quietly(client); // the server is down: the client sees its connection refused
        quietly(server);
        continue;
      }
      Link link = new Link(client, server);
      links.add(link);
      link.start();
    }
  }

  /** One client connection and its connection to the server, relayed both ways. */
  private final class Link {
    private final Socket client;
    private final Socket server;
    private volatile boolean dropNextAnswer;

    Link(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void start() {
      pump(this::toServer, "to-server");
      pump(this::toClient, "to-client");
    }

    private void pump(Pump body, String direction) {
      Thread t =
          new Thread(
              () -> {
                try {
                  body.run();
                } catch (IOException e) {
                  // the other side or a cut closed it
                } finally {
                  close();
                }
              },
              "fault-proxy-" + port() + "-" + direction);
      t.setDaemon(true);
      t.start();
    }

    private void toServer() throws IOException {
      relay(client, server, this::cutBeforeServerGets);
    }

    private void toClient() throws IOException {
      relay(server, client, (buffer, length) -> dropNextAnswer);
    }

    /** Copies one direction until either side closes, or until {@code cut} stops a chunk. */
    private void relay(Socket from, Socket to, CutCheck cut) throws IOException {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (cut.before(buffer, n)) {
          fire();
          return;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    }

    /**
     * Whether the armed trigger stops this message of the client's before the server gets it; a
     * trigger that delivers its message drops the server's answer instead.
     */
    private boolean cutBeforeServerGets(byte[] buffer, int length) {
      Trigger armed = trigger;
      if (armed == null || !holds(buffer, length, armed.marker())) {
        return false;
      }
      trigger = null;
      if (armed.deliver()) {
        dropNextAnswer = true;
        return false;
      }
      return true;
    }

    /** The client's process is gone from here on: nothing more goes either way. */
    private void fire() {
      dropForGood();
      fired.countDown();
    }

    void close() {
      links.remove(this);
      quietly(client);
      quietly(server);
    }
  }

  @FunctionalInterface
  private interface Pump {
    void run() throws IOException;
  }

  /** Whether a chunk read from one side must not reach the other: the connection is cut there. */
  @FunctionalInterface
  private interface CutCheck {
    boolean before(byte[] buffer, int length);
  }

  private static boolean holds(byte[] buffer, int length, String marker) {
    return new String(buffer, 0, length, StandardCharsets.ISO_8859_1).contains(marker);
  }

  private static void quietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that is wanted
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // nothing to release
    }
    cutAll();
  }
}
