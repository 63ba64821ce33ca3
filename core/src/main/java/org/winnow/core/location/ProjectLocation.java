package org.winnow.core.location;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a project lives: a folder (SQLite, the embedded default for one reviewer) or a PostgreSQL
 * server database named by a URL {@code postgresql://[user@]host[:port]/database[?param=value&..]}
 * (a team's shared project). The password is never part of the location's text: it is one typed
 * into the window and held in memory ({@link Password}), else {@code PGPASSWORD} or the password
 * file ({@code PGPASSFILE}, else {@code ~/.pgpass}) as libpq reads them; the query parameters
 * (sslmode, sslrootcert, sslcert, sslkey, ...) go to pgjdbc as they are. A plain value with no SQL,
 * so that the command line and the window may name a project by it.
 */
public sealed interface ProjectLocation permits ProjectLocation.Folder, ProjectLocation.Server {

  /** How the location is shown to people: the folder, or the URL without any password. */
  String display();

  /** A folder path or a {@code postgresql://} (or {@code postgres://}) URL, as typed. */
  static ProjectLocation parse(String text) {
    if (Server.isUrl(text)) {
      return Server.parse(text);
    }
    return new Folder(Path.of(text));
  }

  /** Whether the text names a server database rather than a folder. */
  static boolean isUrl(String text) {
    return Server.isUrl(text);
  }

  /** A project folder holding winnow.db (SQLite), the index and the full texts. */
  record Folder(Path path) implements ProjectLocation {
    @Override
    public String display() {
      return path.toString();
    }

    @Override
    public String toString() {
      return display();
    }
  }

  /**
   * A database on a PostgreSQL server; {@code typedPassword} is one typed into the window for this
   * session ({@link Password#NONE} otherwise), never shown by {@link #display()}.
   */
  record Server(
      String user,
      String host,
      int port,
      String database,
      Map<String, String> parameters,
      Password typedPassword)
      implements ProjectLocation {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL =
        Pattern.compile(
            "postgres(?:ql)?://(?:([^@/?]*)@)?(\\[[^\\]]+\\]|[^:/?]*)(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

    public Server {
      parameters = Map.copyOf(parameters);
      typedPassword = typedPassword == null ? Password.NONE : typedPassword;
    }

    public Server(
        String user, String host, int port, String database, Map<String, String> parameters) {
      this(user, host, port, database, parameters, Password.NONE);
    }

    /** The same database with a password typed by the user (kept in memory only). */
    public Server withPassword(Password typed) {
      return new Server(user, host, port, database, parameters, typed);
    }

    /** The same database without a typed password: what may be remembered or shown. */
    public Server withoutPassword() {
      return withPassword(Password.NONE);
    }

    static boolean isUrl(String text) {
      return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    /**
     * Reads a URL; a password written in it ({@code user:password@}) is refused, so that it never
     * lands in a shell history, a recent-projects list or a log.
     */
    public static Server parse(String text) {
      Matcher m = URL.matcher(text.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "not a PostgreSQL project URL: "
                + text
                + " (expected postgresql://[user@]host[:port]/database)");
      }
      String user = m.group(1) == null ? null : decode(m.group(1));
      if (user != null && user.contains(":")) {
        throw new IllegalArgumentException(
            "a project URL carries no password: set PGPASSWORD or put it in ~/.pgpass");
      }
      if (user == null || user.isEmpty()) {
        user = Optional.ofNullable(System.getenv("PGUSER")).orElse(System.getProperty("user.name"));
      }
      String host = m.group(2).isEmpty() ? "localhost" : m.group(2);
      int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
      Map<String, String> parameters = new LinkedHashMap<>();
      if (m.group(5) != null && !m.group(5).isEmpty()) {
        for (String pair : m.group(5).split("&")) {
          int eq = pair.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("bad URL parameter '" + pair + "' in " + text);
          }
          String key = decode(pair.substring(0, eq));
          if (key.equalsIgnoreCase("password") || key.equalsIgnoreCase("user")) {
            throw new IllegalArgumentException(
                "a project URL carries no "
                    + key
                    + " parameter: put the user before @ and the password in PGPASSWORD or"
                    + " ~/.pgpass");
          }
          parameters.put(key, decode(pair.substring(eq + 1)));
        }
      }
      return new Server(user, host, port, decode(m.group(4)), parameters);
    }

    private static String decode(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String display() {
      StringBuilder b =
          new StringBuilder("postgresql://")
              .append(user)
              .append('@')
              .append(host)
              .append(':')
              .append(port)
              .append('/')
              .append(database);
      String sep = "?";
      for (Map.Entry<String, String> e : parameters.entrySet()) {
        b.append(sep).append(e.getKey()).append('=').append(e.getValue());
        sep = "&";
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return display();
    }

    /**
     * This user's local folder for the project's derived files (the search index, full texts
     * fetched from the database): {@code <cache>/winnow/<host>-<port>-<database>}, where cache is
     * the system property {@code winnow.cache.home}, else {@code XDG_CACHE_HOME}, else {@code
     * ~/.cache}.
     */
    public Path cacheFolder() {
      String base = System.getProperty("winnow.cache.home");
      if (base == null || base.isEmpty()) {
        base = System.getenv("XDG_CACHE_HOME");
      }
      Path root =
          base == null || base.isEmpty()
              ? Path.of(System.getProperty("user.home"), ".cache")
              : Path.of(base);
      String key = (host + "-" + port + "-" + database).replaceAll("[^A-Za-z0-9._-]", "_");
      return root.resolve("winnow").resolve(key);
    }

    /** The pgjdbc URL (without user or password). */
    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** pgjdbc's connection properties: the URL's parameters, the user and the password. */
    public Properties properties() {
      Properties p = new Properties();
      parameters.forEach(p::setProperty);
      p.setProperty("user", user);
      password().ifPresent(pw -> p.setProperty("password", pw));
      p.setProperty("ApplicationName", "winnow");
      return p;
    }

    /**
     * The password for the driver: the one typed into the window, else as libpq finds it
     * (PGPASSWORD, else the first matching password-file line).
     */
    public Optional<String> password() {
      if (typedPassword.isGiven()) {
        return typedPassword.reveal();
      }
      String env = System.getenv("PGPASSWORD");
      if (env != null && !env.isEmpty()) {
        return Optional.of(env);
      }
      String file = System.getenv("PGPASSFILE");
      Path passFile =
          file != null && !file.isEmpty()
              ? Path.of(file)
              : Path.of(System.getProperty("user.home"), ".pgpass");
      if (!Files.isRegularFile(passFile)) {
        return Optional.empty();
      }
      try {
        return passwordFrom(Files.readAllLines(passFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    /** The first line {@code host:port:database:user:password} that matches ({@code *}: any). */
    public Optional<String> passwordFrom(List<String> lines) {
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> f = PassFileLine.fields(line);
        if (f.size() == 5
            && matches(f.get(0), host)
            && matches(f.get(1), Integer.toString(port))
            && matches(f.get(2), database)
            && matches(f.get(3), user)) {
          return Optional.of(f.get(4));
        }
      }
      return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
      return pattern.equals("*") || pattern.equals(value);
    }
  }

  /** One line of a libpq password file: five fields split on ':', with '\:' and '\\' escapes. */
  final class PassFileLine {
    private PassFileLine() {}

    static List<String> fields(String line) {
      List<String> out = new java.util.ArrayList<>();
      StringBuilder field = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '\\' && i + 1 < line.length()) {
          field.append(line.charAt(++i));
        } else if (ch == ':' && out.size() < 4) {
          out.add(field.toString());
          field.setLength(0);
        } else {
          field.append(ch);
        }
      }
      out.add(field.toString());
      return out;
    }
  }
}
