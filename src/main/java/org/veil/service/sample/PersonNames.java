package org.veil.service.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Common US first names and surnames, combined at random, so names look real while belonging to
 * nobody. Surnames are skewed towards the front of the list, as in the population.
 */
final class PersonNames {

    private static final List<String> FEMALE_FIRST_NAMES = List.of(
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
            "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna",
            "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca", "Sharon",
            "Laura", "Cynthia", "Amy", "Kathleen", "Angela", "Shirley", "Emma", "Olivia", "Sophia", "Isabella",
            "Ava", "Mia", "Maria", "Ana", "Rosa", "Mei", "Aisha", "Keisha", "Priya", "Grace", "Chloe", "Hannah");

    private static final List<String> MALE_FIRST_NAMES = List.of(
            "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
            "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Andrew",
            "Paul", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward",
            "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Liam", "Noah", "Ethan", "Jose",
            "Luis", "Carlos", "Juan", "Wei", "Jamal", "Darnell", "Raj", "Omar", "Samuel", "Benjamin", "Henry");

    private static final List<String> SURNAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
            "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
            "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
            "Carter", "Roberts", "Chen", "Kim", "Patel", "Wang", "Cohen", "Murphy", "Sullivan", "Kelly",
            "Shapiro", "Rossi");

    private final WeightedSampler<String> surnames = new WeightedSampler<>(SURNAMES, rankWeights(SURNAMES.size()));

    String firstName(String sex, SplittableRandom random) {
        List<String> names = SyntheticHealthData.FEMALE.equals(sex) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
        return names.get(random.nextInt(names.size()));
    }

    String surname(SplittableRandom random) {
        return surnames.pick(random);
    }

    /** Weights 1/(rank+5): the first surname is about twelve times as common as the last. */
    private static double[] rankWeights(int count) {
        double[] weights = new double[count];
        for (int rank = 0; rank < count; rank++) {
            weights[rank] = 1.0 / (rank + 5);
        }
        return weights;
    }
}
