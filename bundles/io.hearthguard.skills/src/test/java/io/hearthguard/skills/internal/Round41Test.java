package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 41 (sets 128–133 development data after they were held out on round 40's end): several intents of open syllables
 * in one model are read together — in words of our own.
 */
class Round41Test {
    private static Model.Intent intent(String name, String... samples) {
        return new Model.Intent(name, List.of(), java.util.Arrays.stream(samples).map(t -> new Model.Sample(t, "m.json", "/")).toList(), "m.json", "/");
    }

    @Test
    void intentsOfSyllablesAreReadTogether() {
        Model.Intent one = intent("BaIntent", "ba", "ku lo", "mi ku", "lo ba tu");
        Model.Intent two = intent("GoIntent", "go", "pe ra", "ra ra go", "pe mo");
        assertEquals(0, Rules.syllableSamples(one.samples()), "alone, too few syllables that are no words");
        Model.Locale l = new Model.Locale("en-US", "m.json");
        l.intents.add(one);
        l.intents.add(two);
        l.intents.add(intent("PlayIntent", "play the next song", "next song", "skip"));
        var pooled = Rules.pooledSyllableIntents(l);
        assertTrue(pooled.containsKey("BaIntent") && pooled.containsKey("GoIntent") && !pooled.containsKey("PlayIntent"), pooled.toString());
        Model.Locale single = new Model.Locale("en-US", "m.json");
        single.intents.add(one);
        assertTrue(Rules.pooledSyllableIntents(single).isEmpty(), "one intent of syllables alone is judged alone");
    }
}
