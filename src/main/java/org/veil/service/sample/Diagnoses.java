package org.veil.service.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Common ICD-10-CM principal diagnoses of hospital stays, with made-up but plausible relative
 * frequencies, the sex and ages they occur in, and a typical length of stay. Restricting codes by
 * sex and age keeps the data believable: no prostate cancer in women, no births at 80.
 */
final class Diagnoses {

    static final int MAX_AGE = 99;

    /** A code, its relative frequency, who can have it ({@code null} sex: anyone) and its mean stay. */
    record Diagnosis(String code, double weight, String onlySex, int minAge, int maxAge, double meanStay) {
        boolean fits(String sex, int age) {
            return (onlySex == null || onlySex.equals(sex)) && age >= minAge && age <= maxAge;
        }

        /** Whether the stay is the infant's birth (category Z38, liveborn infants by place of birth). */
        boolean isBirth() {
            return code.startsWith("Z38");
        }
    }

    private static final String F = SyntheticHealthData.FEMALE;
    private static final String M = SyntheticHealthData.MALE;

    static final List<Diagnosis> ALL = List.of(
            new Diagnosis("A41.9", 30, null, 0, 99, 7.5),     // sepsis
            new Diagnosis("A09", 10, null, 0, 99, 3),         // infectious gastroenteritis
            new Diagnosis("B34.9", 5, null, 0, 99, 3),        // viral infection
            new Diagnosis("C34.90", 6, null, 40, 99, 6),      // lung cancer
            new Diagnosis("C50.919", 5, F, 30, 99, 3),        // breast cancer
            new Diagnosis("C61", 4, M, 45, 99, 3),            // prostate cancer
            new Diagnosis("C18.9", 4, null, 40, 99, 7),       // colon cancer
            new Diagnosis("D25.9", 3, F, 25, 60, 2.5),        // uterine leiomyoma
            new Diagnosis("D64.9", 8, null, 0, 99, 3.5),      // anemia
            new Diagnosis("E11.9", 25, null, 30, 99, 3.5),    // type 2 diabetes
            new Diagnosis("E11.65", 10, null, 30, 99, 4),     // type 2 diabetes with hyperglycemia
            new Diagnosis("E10.9", 4, null, 5, 99, 3),        // type 1 diabetes
            new Diagnosis("E03.9", 6, null, 20, 99, 3),       // hypothyroidism
            new Diagnosis("E78.5", 10, null, 30, 99, 2.5),    // hyperlipidemia
            new Diagnosis("E86.0", 8, null, 0, 99, 2.5),      // dehydration
            new Diagnosis("E87.1", 6, null, 50, 99, 4),       // hyponatremia
            new Diagnosis("E66.9", 4, null, 10, 99, 3),       // obesity
            new Diagnosis("F32.9", 10, null, 12, 99, 7),      // major depressive disorder
            new Diagnosis("F41.1", 5, null, 12, 99, 4),       // generalized anxiety disorder
            new Diagnosis("F10.20", 6, null, 18, 99, 5),      // alcohol dependence
            new Diagnosis("F20.9", 3, null, 16, 99, 12),      // schizophrenia
            new Diagnosis("F03.90", 5, null, 65, 99, 8),      // dementia
            new Diagnosis("G40.909", 4, null, 0, 99, 3),      // epilepsy
            new Diagnosis("G43.909", 4, null, 10, 99, 2),     // migraine
            new Diagnosis("G47.33", 3, null, 20, 99, 2),      // obstructive sleep apnea
            new Diagnosis("H25.9", 2, null, 55, 99, 1.5),     // age-related cataract
            new Diagnosis("H66.90", 4, null, 0, 12, 2),       // otitis media
            new Diagnosis("I10", 35, null, 25, 99, 3),        // essential hypertension
            new Diagnosis("I25.10", 15, null, 40, 99, 3.5),   // coronary artery disease
            new Diagnosis("I21.4", 10, null, 35, 99, 4.5),    // NSTEMI
            new Diagnosis("I48.91", 12, null, 40, 99, 3.5),   // atrial fibrillation
            new Diagnosis("I50.9", 15, null, 45, 99, 5),      // heart failure
            new Diagnosis("I63.9", 8, null, 45, 99, 5.5),     // cerebral infarction
            new Diagnosis("I26.99", 4, null, 18, 99, 4.5),    // pulmonary embolism
            new Diagnosis("J18.9", 30, null, 0, 99, 5),       // pneumonia
            new Diagnosis("J44.1", 15, null, 40, 99, 4.5),    // COPD exacerbation
            new Diagnosis("J45.909", 8, null, 2, 99, 2.5),    // asthma
            new Diagnosis("J45.901", 5, null, 2, 99, 3),      // asthma exacerbation
            new Diagnosis("J06.9", 6, null, 0, 99, 2),        // upper respiratory infection
            new Diagnosis("J96.01", 6, null, 18, 99, 6),      // acute respiratory failure
            new Diagnosis("J21.9", 6, null, 0, 2, 3),         // bronchiolitis
            new Diagnosis("K35.80", 8, null, 5, 70, 3),       // appendicitis
            new Diagnosis("K80.20", 6, null, 20, 99, 3),      // gallstones
            new Diagnosis("K21.9", 5, null, 18, 99, 2),       // reflux disease
            new Diagnosis("K57.30", 4, null, 40, 99, 4),      // diverticulosis
            new Diagnosis("K92.2", 5, null, 30, 99, 4),       // gastrointestinal hemorrhage
            new Diagnosis("K56.609", 3, null, 30, 99, 6),     // intestinal obstruction
            new Diagnosis("L03.115", 8, null, 10, 99, 4),     // cellulitis of the leg
            new Diagnosis("L89.154", 2, null, 65, 99, 10),    // pressure ulcer
            new Diagnosis("M17.11", 6, null, 45, 99, 2.5),    // knee osteoarthritis
            new Diagnosis("M54.50", 5, null, 18, 99, 3),      // low back pain
            new Diagnosis("M81.0", 3, null, 55, 99, 4),       // osteoporosis
            new Diagnosis("N39.0", 20, null, 0, 99, 4),       // urinary tract infection
            new Diagnosis("N17.9", 12, null, 30, 99, 5),      // acute kidney failure
            new Diagnosis("N18.30", 6, null, 40, 99, 4.5),    // chronic kidney disease, stage 3
            new Diagnosis("N20.0", 5, null, 18, 99, 2),       // kidney stone
            new Diagnosis("N40.0", 5, M, 45, 99, 2),          // enlarged prostate
            new Diagnosis("N40.1", 3, M, 50, 99, 2.5),        // enlarged prostate with urinary symptoms
            new Diagnosis("O80", 150, F, 16, 45, 2),          // uncomplicated delivery
            new Diagnosis("O24.419", 5, F, 18, 45, 3),        // gestational diabetes
            new Diagnosis("O13.9", 5, F, 16, 45, 3),          // gestational hypertension
            new Diagnosis("O47.9", 4, F, 16, 45, 1.5),        // false labor
            new Diagnosis("P07.30", 10, null, 0, 0, 12),      // preterm newborn
            new Diagnosis("P59.9", 20, null, 0, 0, 3),        // neonatal jaundice
            new Diagnosis("R07.9", 15, null, 18, 99, 1.5),    // chest pain
            new Diagnosis("R55", 8, null, 10, 99, 2),         // syncope
            new Diagnosis("R10.9", 8, null, 5, 99, 2),        // abdominal pain
            new Diagnosis("R50.9", 6, null, 0, 99, 2),        // fever
            new Diagnosis("R56.9", 3, null, 0, 99, 2),        // convulsions
            new Diagnosis("S72.001A", 8, null, 60, 99, 6),    // hip fracture
            new Diagnosis("S06.0X0A", 4, null, 0, 99, 2),     // concussion
            new Diagnosis("S52.501A", 4, null, 5, 99, 2),     // wrist fracture
            new Diagnosis("U07.1", 15, null, 0, 99, 6),       // COVID-19
            new Diagnosis("Z38.00", 200, null, 0, 0, 2),      // healthy newborn, vaginal delivery
            new Diagnosis("Z38.01", 90, null, 0, 0, 3.5),     // healthy newborn, cesarean delivery
            new Diagnosis("Z51.11", 5, null, 18, 99, 3),      // chemotherapy
            new Diagnosis("Z47.1", 3, null, 50, 99, 3));      // aftercare after joint replacement

    /** One sampler per sex and age, each over the codes that fit. */
    private final List<WeightedSampler<Diagnosis>> femaleByAge = samplersFor(F);
    private final List<WeightedSampler<Diagnosis>> maleByAge = samplersFor(M);

    Diagnosis pick(String sex, int age, SplittableRandom random) {
        return (F.equals(sex) ? femaleByAge : maleByAge).get(age).pick(random);
    }

    private static List<WeightedSampler<Diagnosis>> samplersFor(String sex) {
        List<WeightedSampler<Diagnosis>> byAge = new ArrayList<>(MAX_AGE + 1);
        for (int age = 0; age <= MAX_AGE; age++) {
            int fixedAge = age;
            List<Diagnosis> fitting = ALL.stream().filter(d -> d.fits(sex, fixedAge)).toList();
            byAge.add(new WeightedSampler<>(fitting, fitting.stream().mapToDouble(Diagnosis::weight).toArray()));
        }
        return byAge;
    }
}
