package org.escalationrouter.parse;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether an image is worth Tesseract's time. A letter that has text of its own does not need its
 * logos, icons, signature pictures and the pictures its HTML shows inline read: those are listed
 * with the reason. A letter without text of its own (a dropped scan, a photographed page sent with
 * an empty body) has every image read.
 */
final class OcrPolicy {

  /**
   * Where an image was found.
   *
   * @param letterHasOwnText the message it belongs to has text of its own in its body
   * @param shownInline the message's HTML shows it ({@code <img src="cid:…">})
   * @param language the language of the letter's own words read before it (ISO 639-1), null when
   *     unknown: what {@link OcrLanguages} reads it in
   */
  record Place(boolean letterHasOwnText, boolean shownInline, String language) {

    /** A file dropped in the folder, or anything in a letter without words: always read. */
    static final Place ALWAYS_READ = new Place(false, false, null);
  }

  private final OcrSettings settings;

  OcrPolicy(OcrSettings settings) {
    this.settings = settings;
  }

  /** Why the image is not read, or empty when it is. */
  Optional<LetterFlag> skip(PartSpool.PartFile image, Place place) {
    Optional<Size> size = size(image.path());
    if (size.isPresent() && size.get().pixels() > settings.maxPixels()) {
      return Optional.of(LetterFlag.IMAGE_TOO_LARGE); // in any letter: a decompression bomb
    }
    if (!place.letterHasOwnText()) {
      return Optional.empty();
    }
    if (place.shownInline()) {
      return Optional.of(LetterFlag.OCR_SKIPPED_INLINE_IMAGE);
    }
    boolean small =
        size.isPresent()
            && (size.get().width() < settings.minWidth()
                || size.get().height() < settings.minHeight());
    if (image.size() < settings.minBytes() || small) {
      return Optional.of(LetterFlag.OCR_SKIPPED_SMALL_IMAGE);
    }
    return Optional.empty();
  }

  /** An image's width and height in pixels, as its header declares them. */
  private record Size(long width, long height) {
    long pixels() {
      return width * height;
    }
  }

  /**
   * Width and height read from the image's header only; empty for an image Java cannot size (it
   * counts as large enough and not too large).
   */
  private static Optional<Size> size(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
