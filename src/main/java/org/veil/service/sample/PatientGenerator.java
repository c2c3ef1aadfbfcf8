package org.veil.service.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.veil.service.sample.Diagnoses.Diagnosis;

/**
 * Draws one patient after another from a single random stream. The order of the draws is part of
 * the output's identity: changing it changes every row after the first, and the bundled sample must
 * then be regenerated.
 */
final class PatientGenerator {

    private static final LocalDate FIRST_ADMISSION = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST_ADMISSION = LocalDate.of(2024, 12, 31);
    private static final int ADMISSION_DAYS = (int) ChronoUnit.DAYS.between(FIRST_ADMISSION, LAST_ADMISSION) + 1;

    private static final int MAX_STAY = 120;

    /** A range of ages, picked by its share of hospital stays, then uniformly within. */
    private record AgeBand(int min, int max) {
    }

    // Hospital stays cluster at birth and in old age; children and young adults are rarer.
    private static final WeightedSampler<AgeBand> AGE_BANDS = new WeightedSampler<>(
            List.of(new AgeBand(0, 0), new AgeBand(1, 17), new AgeBand(18, 44), new AgeBand(45, 64),
                    new AgeBand(65, 84), new AgeBand(85, Diagnoses.MAX_AGE)),
            new double[] {8, 6, 22, 25, 30, 9});

    private final SplittableRandom random;
    private final PersonNames names = new PersonNames();
    private final DirectIdentifiers identifiers = new DirectIdentifiers();
    private final Diagnoses diagnoses = new Diagnoses();
    private final ZipCodes zipCodes;

    PatientGenerator(SplittableRandom random) {
        this.random = random;
        this.zipCodes = new ZipCodes(random);
    }

    /** The next patient's cells, in the order of {@link SyntheticHealthData#COLUMNS}. */
    String[] next() {
        String sex = random.nextInt(100) < 51 ? SyntheticHealthData.FEMALE : SyntheticHealthData.MALE;
        AgeBand band = AGE_BANDS.pick(random);
        int age = random.nextInt(band.min(), band.max() + 1);
        Diagnosis diagnosis = diagnoses.pick(sex, age, random);
        LocalDate admission = FIRST_ADMISSION.plusDays(random.nextInt(ADMISSION_DAYS));
        // Under a year past the birthday `age` years back, so the age at admission is exactly `age`;
        // a liveborn infant's stay starts on the day of birth.
        int daysPastBirthday = diagnosis.isBirth() ? 0 : random.nextInt(365);
        LocalDate birth = admission.minusYears(age).minusDays(daysPastBirthday);
        String firstName = names.firstName(sex, random);
        String surname = names.surname(random);
        int stay = lengthOfStay(diagnosis, age);
        return new String[] {
            firstName + " " + surname,
            identifiers.ssn(random),
            identifiers.email(firstName, surname, random),
            identifiers.phone(random),
            zipCodes.pick(random),
            birth.toString(),
            sex,
            Ethnicities.pick(random),
            admission.toString(),
            diagnosis.code(),
            Integer.toString(stay),
            cost(stay)
        };
    }

    /**
     * One day plus an exponential tail around the diagnosis' mean stay, longer for the very old.
     * StrictMath, not Math: the result must not differ by a rounding between machines.
     */
    private int lengthOfStay(Diagnosis diagnosis, int age) {
        double mean = diagnosis.meanStay() * (age >= 75 ? 1.3 : 1.0);
        double extraDays = -(mean - 1) * StrictMath.log(1 - random.nextDouble());
        return (int) Math.min(MAX_STAY, 1 + Math.floor(extraDays));
    }

    /** A fixed admission charge plus a daily rate, give or take 20 %, in dollars and cents. */
    private String cost(int stay) {
        double dollars = (1_500 + 2_600.0 * stay) * (0.8 + 0.4 * random.nextDouble());
        return BigDecimal.valueOf(Math.round(dollars * 100), 2).toPlainString();
    }
}
