package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault proxy against a small echo server: it relays both ways, and its cuts end connections as
 * a dropped network, a refused server or a killed client would.
 */
class FaultProxyTest {
  private ServerSocket echo;
  private final Queue<String> received = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void startEcho() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              while (true) {
                Socket s;
                try {
                  s = echo.accept();
                } catch (IOException e) {
                  return;
                }
                Thread each = new Thread(() -> serve(s));
                each.setDaemon(true);
                each.start();
              }
            });
    t.setDaemon(true);
    t.start();
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      byte[] b = new byte[1024];
      for (int n; (n = in.read(b)) >= 0; ) {
        received.add(new String(b, 0, n, StandardCharsets.US_ASCII));
        out.write(b, 0, n);
        out.flush();
      }
    } catch (IOException ignored) {
      // the proxy cut it
    }
  }

  @AfterEach
  void stopEcho() throws IOException {
    echo.close();
  }

  private FaultProxy proxy() throws IOException {
    return new FaultProxy("127.0.0.1", echo.getLocalPort());
  }

  private static Socket connect(FaultProxy proxy) throws IOException {
    Socket s = new Socket("127.0.0.1", proxy.port());
    s.setSoTimeout(5_000);
    return s;
  }

  /** Sends a line and reads what comes back: the echo, or null when the connection ended. */
  private static String roundTrip(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    byte[] b = new byte[text.length()];
    int read = 0;
    while (read < b.length) {
      int n;
      try {
        n = s.getInputStream().read(b, read, b.length - read);
      } catch (IOException e) {
        return null; // reset by the cut
      }
      if (n < 0) {
        return null;
      }
      read += n;
    }
    return new String(b, StandardCharsets.US_ASCII);
  }

  @Test
  void relaysBothWaysUntilCut() throws Exception {
    try (FaultProxy proxy = proxy();
        Socket s = connect(proxy)) {
      assertEquals("hello", roundTrip(s, "hello"));
      assertEquals(1, proxy.openConnections());
      proxy.cutAll();
      assertEquals(null, roundTrip(s, "again"), "the cut connection ends");
      try (Socket second = connect(proxy)) {
        assertEquals("back", roundTrip(second, "back"), "new connections are relayed after a cut");
      }
    }
  }

  @Test
  void aDroppedNetworkRefusesNewConnectionsForTheOutageOnly() throws Exception {
    try (FaultProxy proxy = proxy()) {
      Socket s = connect(proxy);
      assertEquals("x", roundTrip(s, "x"));
      proxy.dropFor(Duration.ofMillis(800));
      assertEquals(null, roundTrip(s, "y"), "open connections are cut");
      try (Socket during = connect(proxy)) {
        assertEquals(null, roundTrip(during, "z"), "a connection during the outage is closed");
      }
      Thread.sleep(900);
      try (Socket after = connect(proxy)) {
        assertEquals("ok", roundTrip(after, "ok"), "relayed again after the outage");
      }
      s.close();
    }
  }

  @Test
  void aCutBeforeDeliveryKeepsTheMessageFromTheServerAndRefusesForGood() throws Exception {
    try (FaultProxy proxy = proxy();
        Socket s = connect(proxy)) {
      assertEquals("read 1", roundTrip(s, "read 1"));
      proxy.cutOnMessage("INSERT", false);
      assertEquals(null, roundTrip(s, "INSERT row"));
      assertTrue(proxy.awaitCut(Duration.ofSeconds(5)));
      assertFalse(received.stream().anyMatch(m -> m.contains("INSERT")), received.toString());
      try (Socket again = connect(proxy)) {
        assertEquals(null, roundTrip(again, "hello"), "a killed client's proxy refuses for good");
      }
    }
  }

  @Test
  void aCutAfterDeliveryLetsTheServerActAndDropsItsAnswer() throws Exception {
    try (FaultProxy proxy = proxy();
        Socket s = connect(proxy)) {
      proxy.cutOnMessage("COMMIT", true);
      assertEquals("SELECT", roundTrip(s, "SELECT"), "other messages pass while armed");
      assertEquals(null, roundTrip(s, "COMMIT"), "the answer to the marked message is dropped");
      assertTrue(proxy.awaitCut(Duration.ofSeconds(5)));
      assertTrue(received.contains("COMMIT"), "the server got the marked message");
    }
  }

  @Test
  void anArmedCutThatNeverComesIsReportedAsSuch() throws Exception {
    try (FaultProxy proxy = proxy()) {
      proxy.cutOnMessage("COMMIT", true);
      assertFalse(proxy.awaitCut(Duration.ofMillis(100)));
    }
  }
}
