package org.winnow.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.BuildInfo;

/**
 * The dashboard's figures kept between sessions, so that a reopened project shows its dashboard at
 * once instead of after deriving every item's outcome again (seconds at 100,000 citations in a
 * fresh process).
 *
 * <p>Kept figures are derived data, like the search index: one file per project and login (in the
 * project's folder, or for a team project in this user's cache folder), keyed by the build that
 * wrote it and by the project's {@link ReviewProject#appendMark() append mark} at the load. They
 * are current only while the key is equal: any write this login may read since (a decision, a
 * resolution, any audited change) makes them an earlier state, which the dashboard shows only with
 * its time until the new load replaces it. A file that cannot be read or written is ignored, never
 * an error: the dashboard then loads as it would without it.
 */
final class KeptDashboard {
  private static final String FORMAT = "winnow-dashboard-figures 1";

  /** Figures read back, and whether they are the project's state now. */
  record Opened(
      DashboardFigures figures, BufferedImage recallImage, Instant saved, boolean current) {}

  private final Path file;
  private final String build;

  private KeptDashboard(Path file, String build) {
    this.file = file;
    this.build = build;
  }

  /** The kept figures of this project for this login. */
  static KeptDashboard of(ReviewProject p) {
    String login =
        p.location() instanceof ProjectLocation.Server s
            ? s.user().replaceAll("[^A-Za-z0-9._-]", "_")
            : "local";
    BuildInfo b = BuildInfo.current();
    return new KeptDashboard(
        p.folder().resolve("dashboard-" + login + ".kept"), b.version() + " " + b.commit());
  }

  Path file() {
    return file;
  }

  /** The key of the project's state now. */
  String key(ReviewProject p) {
    return build + " " + p.appendMark();
  }

  /** The kept figures, if any can be read, with whether they are current for {@code key}. */
  Optional<Opened> open(String key) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!FORMAT.equals(in.readUTF())) {
        return Optional.empty();
      }
      String keptKey = in.readUTF();
      Instant saved = Instant.ofEpochMilli(in.readLong());
      DashboardFigures f = read(in);
      byte[] png = new byte[count(in)];
      in.readFully(png);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        return Optional.empty();
      }
      return Optional.of(new Opened(f, image, saved, keptKey.equals(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a cache: a damaged or foreign file is loaded over
    }
  }

  /**
   * Keeps the figures of a load under its key, replacing the file whole (a reader sees the old or
   * the new one); false when the file could not be written.
   */
  boolean keep(String key, DashboardFigures f, byte[] recallPng, Instant at) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        out.writeLong(at.toEpochMilli());
        write(out, f);
        out.writeInt(recallPng.length);
        out.write(recallPng);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing kept: the next load writes it again
      }
      return false;
    }
  }

  /** The recall curve as the figures keep it. */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(DataOutputStream out, DashboardFigures f) throws IOException {
    out.writeLong(f.records());
    out.writeLong(f.citations());
    out.writeLong(f.openConflicts());
    out.writeInt(f.sources().size());
    for (DashboardViewModel.SourceRow r : f.sources()) {
      out.writeUTF(r.source());
      out.writeUTF(r.type());
      out.writeLong(r.records());
    }
    out.writeInt(f.progress().size());
    for (DashboardViewModel.ProgressRow r : f.progress()) {
      out.writeUTF(r.stage());
      out.writeUTF(r.reviewer());
      out.writeLong(r.screened());
      out.writeLong(r.remaining());
      out.writeLong(r.conflicts());
    }
    out.writeInt(f.prisma().size());
    for (DashboardViewModel.Row r : f.prisma()) {
      out.writeUTF(r.label());
      out.writeUTF(r.value());
    }
  }

  private static DashboardFigures read(DataInputStream in) throws IOException {
    long records = in.readLong();
    long citations = in.readLong();
    long conflicts = in.readLong();
    List<DashboardViewModel.SourceRow> sources = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      sources.add(new DashboardViewModel.SourceRow(in.readUTF(), in.readUTF(), in.readLong()));
    }
    List<DashboardViewModel.ProgressRow> progress = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      progress.add(
          new DashboardViewModel.ProgressRow(
              in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readLong()));
    }
    List<DashboardViewModel.Row> prisma = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      prisma.add(new DashboardViewModel.Row(in.readUTF(), in.readUTF()));
    }
    return new DashboardFigures(records, citations, conflicts, sources, progress, prisma);
  }

  /** A length, checked before anything is allocated for it. */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException("not a kept dashboard: a length of " + n);
    }
    return n;
  }
}
