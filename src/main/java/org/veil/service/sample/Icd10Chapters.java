package org.veil.service.sample;

import java.util.List;

/** The 22 chapters of ICD-10-CM with their official category ranges and titles, for generalizing a diagnosis. */
final class Icd10Chapters {

    private record Chapter(String first, String last, String title) {
        boolean contains(String category) {
            // Categories are a letter and two characters, so text order is code order (O9A follows O99).
            return category.compareTo(first) >= 0 && category.compareTo(last) <= 0;
        }
    }

    private static final List<Chapter> CHAPTERS = List.of(
            new Chapter("A00", "B99", "Certain infectious and parasitic diseases"),
            new Chapter("C00", "D49", "Neoplasms"),
            new Chapter("D50", "D89",
                    "Diseases of the blood and blood-forming organs"
                            + " and certain disorders involving the immune mechanism"),
            new Chapter("E00", "E89", "Endocrine, nutritional and metabolic diseases"),
            new Chapter("F01", "F99", "Mental, behavioral and neurodevelopmental disorders"),
            new Chapter("G00", "G99", "Diseases of the nervous system"),
            new Chapter("H00", "H59", "Diseases of the eye and adnexa"),
            new Chapter("H60", "H95", "Diseases of the ear and mastoid process"),
            new Chapter("I00", "I99", "Diseases of the circulatory system"),
            new Chapter("J00", "J99", "Diseases of the respiratory system"),
            new Chapter("K00", "K95", "Diseases of the digestive system"),
            new Chapter("L00", "L99", "Diseases of the skin and subcutaneous tissue"),
            new Chapter("M00", "M99", "Diseases of the musculoskeletal system and connective tissue"),
            new Chapter("N00", "N99", "Diseases of the genitourinary system"),
            new Chapter("O00", "O9A", "Pregnancy, childbirth and the puerperium"),
            new Chapter("P00", "P96", "Certain conditions originating in the perinatal period"),
            new Chapter("Q00", "Q99", "Congenital malformations, deformations and chromosomal abnormalities"),
            new Chapter("R00", "R99",
                    "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified"),
            new Chapter("S00", "T88", "Injury, poisoning and certain other consequences of external causes"),
            new Chapter("V00", "Y99", "External causes of morbidity"),
            new Chapter("Z00", "Z99", "Factors influencing health status and contact with health services"),
            new Chapter("U00", "U85", "Codes for special purposes"));

    private Icd10Chapters() {
    }

    /** The 3-character category of a code: {@code E11} for {@code E11.9}. */
    static String categoryOf(String code) {
        return code.substring(0, 3);
    }

    /** The chapter of a code as its range and title, e.g. {@code E00-E89 Endocrine, nutritional and …}. */
    static String chapterOf(String code) {
        String category = categoryOf(code);
        for (Chapter chapter : CHAPTERS) {
            if (chapter.contains(category)) {
                return chapter.first() + "-" + chapter.last() + " " + chapter.title();
            }
        }
        throw new IllegalArgumentException("no ICD-10-CM chapter contains " + code);
    }
}
