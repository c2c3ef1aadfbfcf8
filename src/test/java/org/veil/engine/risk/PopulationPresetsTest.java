package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PopulationPresetsTest {

    @Test
    void countriesHavePlausiblePopulationsAndSources() {
        for (PopulationPresets preset : PopulationPresets.values()) {
            if (preset.isCustom()) {
                continue;
            }
            assertTrue(preset.population() > 1_000_000 && preset.population() < 2_000_000_000L, preset::label);
            assertTrue(preset.year() >= 2020, preset::label);
            assertFalse(preset.source().isBlank(), preset::label);
            assertEquals(preset.population(), preset.populationOr(42));
        }
    }

    @Test
    void customTakesTheUsersValue() {
        assertTrue(PopulationPresets.CUSTOM.isCustom());
        assertEquals(123_456, PopulationPresets.CUSTOM.populationOr(123_456));
        assertEquals("Custom", PopulationPresets.CUSTOM.toString());
    }

    @Test
    void presetsFeedTheEstimate() {
        PopulationUniques p = PopulationUniqueness.estimate(AdultClassSizes.frequencies(), PopulationPresets.USA.population());
        assertEquals(UniquenessModel.PITMAN, p.dankarModel());
        assertTrue(p.dankar() > 0 && p.dankar() < p.sampleUniques());
    }
}
