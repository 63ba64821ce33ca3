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
      InputStream in = client.getInputStream();
      OutputStream out = server.getOutputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        Trigger armed = trigger;
        if (armed != null && holds(buffer, n, armed.marker())) {
          trigger = null;
          if (!armed.deliver()) {
            fire();
            return;
          }
          dropNextAnswer = true;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    }

    private void toClient() throws IOException {
      InputStream in = server.getInputStream();
      OutputStream out = client.getOutputStream();
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (dropNextAnswer) {
          fire();
          return;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
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
