package org.veil.engine.risk;

/**
 * Population sizes of a few countries, to pick N for {@link PopulationUniqueness} without looking
 * it up, plus {@link #CUSTOM} for a value of one's own. Pure data.
 *
 * <p>Figures are census counts where a recent census gives one, otherwise the national statistics
 * office's estimate rounded to the nearest 100,000 (the estimates move by more than that each
 * year, and the models are insensitive to it). Check and update them when the figures age.
 */
public enum PopulationPresets {

    /** 2020 Census resident population, 1 April 2020 (U.S. Census Bureau). */
    USA("United States", 331_449_281L, 2020, "U.S. Census Bureau, 2020 Census"),
    /** Mid-2021 estimate, about 67.0 million (Office for National Statistics). */
    UK("United Kingdom", 67_000_000L, 2021, "ONS mid-year population estimate, rounded"),
    /** End of 2022, about 84.4 million (Destatis, population update). */
    GERMANY("Germany", 84_400_000L, 2022, "Destatis population estimate, rounded"),
    /** 1 January 2023, about 68.0 million including overseas departments (INSEE). */
    FRANCE("France", 68_000_000L, 2023, "INSEE population estimate, rounded"),
    /** 2021 Census of Population, 11 May 2021 (Statistics Canada). */
    CANADA("Canada", 36_991_981L, 2021, "Statistics Canada, 2021 Census"),
    /** 2021 Census usual residents, 10 August 2021 (Australian Bureau of Statistics). */
    AUSTRALIA("Australia", 25_422_788L, 2021, "Australian Bureau of Statistics, 2021 Census"),
    /** 1 January 2022, about 17.6 million (CBS Statistics Netherlands). */
    NETHERLANDS("Netherlands", 17_600_000L, 2022, "CBS population register, rounded"),
    /** A population size the user enters; {@link #population()} is 0. */
    CUSTOM("Custom", 0L, 0, "");

    private final String label;
    private final long population;
    private final int year;
    private final String source;

    PopulationPresets(String label, long population, int year, String source) {
        this.label = label;
        this.population = population;
        this.year = year;
        this.source = source;
    }

    /** Display name. */
    public String label() {
        return label;
    }

    /** Population size N; 0 for {@link #CUSTOM}. */
    public long population() {
        return population;
    }

    /** Reference year of the figure; 0 for {@link #CUSTOM}. */
    public int year() {
        return year;
    }

    /** Where the figure is from; empty for {@link #CUSTOM}. */
    public String source() {
        return source;
    }

    public boolean isCustom() {
        return this == CUSTOM;
    }

    /** This preset's population, or {@code customPopulation} for {@link #CUSTOM}. */
    public long populationOr(long customPopulation) {
        return isCustom() ? customPopulation : population;
    }

    @Override
    public String toString() {
        return label;
    }
}
