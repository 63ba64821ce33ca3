import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;

/** Draws Winnow's icon: a sieve (funnel) letting a few grains through, on a teal tile. */
// Run: java DrawIcon.java SIZE OUT.png (256 for winnow.png; winnow.ico and winnow.icns wrap the 256 and 512 PNGs)
public class DrawIcon {
  public static void main(String[] a) throws Exception {
    int s = Integer.parseInt(a[0]);
    BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(s / 256.0, s / 256.0);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1f8a70), 0, 256, new Color(0x0b5d4b)));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
    // grains above the sieve
    g.setColor(new Color(0xf4d35e));
    double[][] top = {{84, 52}, {112, 40}, {140, 56}, {168, 44}, {100, 70}, {154, 74}, {128, 76}};
    for (double[] p : top) g.fill(new Ellipse2D.Double(p[0] - 8, p[1] - 8, 16, 16));
    // the funnel
    Path2D f = new Path2D.Double();
    f.moveTo(52, 96); f.lineTo(204, 96); f.lineTo(146, 160); f.lineTo(146, 196);
    f.lineTo(110, 196); f.lineTo(110, 160); f.closePath();
    g.setColor(Color.WHITE);
    g.fill(f);
    // the mesh lines across the funnel
    g.setColor(new Color(0x0b5d4b));
    g.setStroke(new BasicStroke(5f));
    g.draw(new Line2D.Double(70, 116, 186, 116));
    g.draw(new Line2D.Double(88, 136, 168, 136));
    // the few grains that pass
    g.setColor(new Color(0xf4d35e));
    g.fill(new Ellipse2D.Double(120, 206, 16, 16));
    g.fill(new Ellipse2D.Double(120, 226, 10, 10));
    g.dispose();
    ImageIO.write(img, "png", new File(a[1]));
  }
}
