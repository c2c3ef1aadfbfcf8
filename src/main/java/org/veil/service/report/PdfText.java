package org.veil.service.report;

import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text made safe for the PDF Standard 14 fonts, which encode only WinAnsi (windows-1252): characters
 * outside it ({@code ≥}, {@code ℓ}, {@code →}, Greek letters …) would make PDFBox throw. They are
 * replaced by readable equivalents ({@code >=}, {@code l}, {@code ->}), accented letters outside
 * WinAnsi lose their accents ({@code ő} becomes {@code o}), and whatever is left becomes {@code ?}.
 * WinAnsi's own typography stays: {@code – — · • … é ü ß €}. Embedding a TrueType font would keep more,
 * but no font file is shipped by every JDK and system, so the report does not depend on one.
 */
final class PdfText {

    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry(0x2265, ">="), Map.entry(0x2264, "<="), Map.entry(0x2260, "!="), Map.entry(0x2248, "~"),
            Map.entry(0x2113, "l"), Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x21D2, "=>"),
            Map.entry(0x2194, "<->"), Map.entry(0x2212, "-"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"),
            Map.entry(0x2012, "-"), Map.entry(0x2015, "-"), Map.entry(0x221E, "infinity"), Map.entry(0x2713, "yes"),
            Map.entry(0x2714, "yes"), Map.entry(0x2717, "no"), Map.entry(0x2718, "no"), Map.entry(0x2009, " "),
            Map.entry(0x200A, " "), Map.entry(0x2007, " "), Map.entry(0x202F, " "), Map.entry(0x2002, " "),
            Map.entry(0x2003, " "), Map.entry(0x200B, ""), Map.entry(0xFEFF, ""), Map.entry(0x2032, "'"),
            Map.entry(0x2033, "\""), Map.entry(0x2308, "ceil("), Map.entry(0x2309, ")"), Map.entry(0x230A, "floor("),
            Map.entry(0x230B, ")"), Map.entry(0x03A3, "Sum"), Map.entry(0x2211, "Sum"), Map.entry(0x03B1, "alpha"),
            Map.entry(0x03B2, "beta"), Map.entry(0x03B4, "delta"), Map.entry(0x03B5, "epsilon"),
            Map.entry(0x03BB, "lambda"), Map.entry(0x03BC, "mu"), Map.entry(0x03C3, "sigma"),
            Map.entry(0x2044, "/"), Map.entry(0x2215, "/"), Map.entry(0x00A0, " "));

    private PdfText() {
    }

    /** The text with every character the Standard 14 fonts can show; never null. Line breaks become spaces. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String replacement = REPLACEMENTS.get(cp);
            if (replacement != null) {
                out.append(replacement);
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(' ');
            } else if (encodable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(withoutAccents(cp));
            }
        });
        return out.toString();
    }

    /** Whether WinAnsi (and so Helvetica of the Standard 14) has the character. */
    static boolean encodable(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        String name = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
        return name != null && !".notdef".equals(name) && WinAnsiEncoding.INSTANCE.contains(name);
    }

    private static String withoutAccents(int codePoint) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        if (decomposed.isEmpty() || !decomposed.codePoints().allMatch(PdfText::encodable)) {
            return "?";
        }
        return decomposed;
    }
}
