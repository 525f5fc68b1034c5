package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 29: secrets asked for without a verb (all sentences written here): a PIN named by its length, a next step whose
 * data a relative clause describes, and a turn that ends on the secret's noun phrase alone while the microphone is open.
 */
class Round29RequestsTest {
    private static Requests.Ask ask(String speech, boolean open) {
        return Requests.ask(Text.norm(speech), open);
    }

    @Test
    void aPinNamedByItsLengthIsASecret() {
        assertEquals("four digit pin", ask("Tell me your four digit PIN.", false).data());
        assertNotNull(ask("Sagen Sie mir die vierstellige PIN.", false));
        assertNull(ask("Knock down all ten pins.", true), "bowling pins are counted, not asked");
    }

    @Test
    void aNextStepMayDescribeItsDataAtLength() {
        assertNotNull(ask("Certo. Agora a senha de seis dígitos do cartão que você usa nas compras.", true));
        assertNull(ask("Certo. Agora a senha de seis dígitos do cartão que você usa nas compras.", false), "only with the microphone open");
    }

    @Test
    void aTurnEndingOnTheSecretAloneAsksForIt() {
        assertNotNull(ask("Parabéns! A senha de seis dígitos do app do banco.", true));
        assertNotNull(ask("Great job. The password.", true));
        // a statement about the secret, advice with a modal, a negation, an exclamation, a secret not in the last clause
        assertNull(ask("Your PIN keeps your account safe.", true));
        assertNull(ask("Deine PIN oder dein Passwort solltest du nie am Telefon nennen.", true));
        assertNull(ask("Your PIN, never out loud.", true));
        assertNull(ask("The password!", true));
        assertNull(ask("The password. Now let's play a round of trivia.", true));
    }

    @Test
    void aJapaneseQuestionEndingInKaBeforeItsFullStopAsks() {
        assertTrue(Requests.questionClause("お母様の旧姓は何ですか。"));
        assertTrue(Requests.questionClause("what is it?"));
        assertTrue(!Requests.questionClause("お母様の旧姓を書きました。"));
        assertNotNull(Requests.recovery(Text.norm("お母様の旧姓は何ですか。")), "a recovery question asked");
        assertNull(Requests.recovery(Text.norm("お母様の旧姓は聞きません。")), "not asked");
    }
}
