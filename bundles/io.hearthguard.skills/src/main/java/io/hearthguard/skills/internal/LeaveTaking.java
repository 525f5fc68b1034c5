package io.hearthguard.skills.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.hearthguard.skills.internal.Model.Intent;
import io.hearthguard.skills.internal.Model.Sample;

/**
 * The user asking to leave, in the words people use rather than the platform's built-in intents: "j'arrête", "I'm
 * done", "das war's", "ya está", "ho finito", "chega", "もういい". A skill's own intent whose sample utterances are such
 * words is its Stop intent, whatever it is called ("quitter", "FinIntent"), and a recorded request whose words are such
 * words asked to stop, whatever intent received it. What the skill answers then is judged like its answer to
 * {@code AMAZON.StopIntent}: a goodbye that keeps listening is a fake goodbye.
 * <p>
 * Only whole utterances count (a wake word, "please" and "now" around them allowed): "stop the timer" or "done with
 * level one" ask for something else. Greetings that also take leave ("ciao", "salut", "hallo") are left out: said to a
 * skill they open as often as they close. Pure functions.
 */
final class LeaveTaking {
    private LeaveTaking() {
    }

    /** What may stand around the leave words and change nothing: wake words, politeness, "now", "for today". */
    private static final String AROUND = "(?:alexa|ok google|hey google|okay google|please|now|for (?:today|now)|thanks?|thank you|bitte|jetzt|danke"
            + "|für heute|s'il (?:te|vous) plaît|merci|maintenant|pour aujourd'hui|por favor|gracias|ahora|por hoy|per favore|grazie|adesso|per oggi"
            + "|obrigad[oa]|agora|por hoje|ok|okay|so|well|also|bon|alors|bueno|pues|beh|allora|então|bem)";
    /** The leave words, per language; each alone is a request to end the skill. */
    private static final String LEAVE = String.join("|",
            "stop|stop it|cancel|exit|quit|i quit|end|close|goodbye|good bye|bye|bye bye|that's all|that is all|that's it|i'm done|i am done"
                    + "|we're done|we are done|no more|enough|leave|i'm leaving|end (?:the )?(?:game|skill|session)|close (?:the )?(?:skill|app)"
                    // round 22 (inventory): the other ways of taking leave or finishing
                    + "|i'm finished|i am finished|finish|that will be all|that'll be all|nothing else|good night|goodnight|see you|see ya|later|talk to you later",
            "stopp|halt|abbrechen|beenden|aufhören|ich höre auf|hör auf|tschüss|tschüs|auf wiedersehen|das wars|das war's|das war es|genug"
                    + "|schluss|ende|ich bin fertig|fertig|auf wiederhören|tschau|das reicht|nichts mehr|sonst nichts|gute nacht|bis später|bis dann",
            "arrête|arrêter|arrete|j'arrête|j'arrete|on arrête|annuler|annule|quitter|quitte|au revoir|c'est tout|c'est fini|fini|terminé"
                    + "|ça suffit|ca suffit|stop|ça ira|rien d'autre|bonne nuit|terminer|fermer|ferme|à plus|à bientôt|à la prochaine",
            "para|parar|detente|detén|cancelar|cancela|salir|sal|adiós|adios|hasta luego|ya está|ya esta|ya basta|basta|terminar|termina"
                    + "|se acabó|eso es todo|he terminado|chau|nada más|es todo|finalizar|cierra|cerrar|buenas noches|nos vemos|ya terminé",
            "basta|ferma|fermati|annulla|esci|uscire|arrivederci|smetti|smettila|finito|ho finito|è tutto|e tutto|fine|chiudi|chiudere|termina"
                    + "|nient'altro|basta così|buonanotte|buona notte|a dopo|alla prossima",
            "pare|parar|para|cancelar|cancela|sair|sai|tchau|adeus|chega|acabou|é tudo|terminar|termina|terminei|fechar|feche|nada mais|só isso"
                    + "|é só isso|boa noite|até logo|até mais",
            "やめて|やめる|やめます|ストップ|キャンセル|終了|終わり|おわり|おしまい|さようなら|さよなら|バイバイ|もういい|もういいです"
                    + "|閉じて|終わって|止めて|とめて|おやすみ|おやすみなさい|終了して");
    private static final Pattern UTTERANCE = Pattern.compile("^(?:" + AROUND + "[ ,!.]*)*(?:" + LEAVE + ")(?:[ ,!.]*" + AROUND + ")*[ ,!.?。！]*$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Round 22: the literal beginning of each leave alternative ("end " for "end (?:the )?(?:game|skill|session)"); a whole
     * utterance of leave words holds one of them, so an utterance that holds none is not one, without the alternation
     * (tried on every sample of every intent, the alternation and the whitespace pattern compiled per call were about
     * 7 % of the scan's samples).
     */
    private static final Anchors LEAVE_ANCHORS = new Anchors(literalStarts(LEAVE));

    /** @return the literal start of each top-level alternative of a regular expression made of words and groups */
    static String[] literalStarts(String alternation) {
        List<String> out = new java.util.ArrayList<>();
        for (String alt : Anchors.alternatives(alternation)) {
            int cut = 0;
            while (cut < alt.length() && "([?*+\\.{".indexOf(alt.charAt(cut)) < 0) {
                cut++;
            }
            if (cut < alt.length() && "?*{".indexOf(alt.charAt(cut)) >= 0) {
                cut--; // the char before a quantifier may be absent
            }
            if (cut <= 0) {
                throw new IllegalArgumentException("no literal start: " + alt);
            }
            out.add(alt.substring(0, cut));
        }
        return out.toArray(String[]::new);
    }

    /** @return true when the whole utterance asks to end the skill */
    static boolean said(String utterance) {
        if (utterance == null || utterance.length() > 80) {
            return false;
        }
        int words = 1;
        boolean plainSpaces = true;
        for (int i = 0; i < utterance.length(); i++) {
            char ch = utterance.charAt(i);
            if (ch == ' ' && ++words > 7) {
                return false; // leave words with what may stand around them are short; most samples are not (cheap test first)
            }
            plainSpaces &= ch != '\t' && ch != '\n' && ch != '\r' && ch != '\u00a0' && (ch != ' ' || i == 0 || utterance.charAt(i - 1) != ' ');
        }
        // the anchors before any other work: most samples of most intents hold none (lower case, typographic apostrophe as
        // the plain one; whitespace other than single spaces is made single first, so multi-word anchors still match)
        String lower = utterance.toLowerCase(Locale.ROOT);
        if (lower.indexOf('’') >= 0) {
            lower = lower.replace('’', '\'');
        }
        if (!plainSpaces) {
            lower = SPACES.matcher(lower).replaceAll(" ");
        }
        if (!LEAVE_ANCHORS.in(lower)) {
            return false;
        }
        String u = lower.strip();
        return !u.isEmpty() && UTTERANCE.matcher(u).matches();
    }

    /**
     * @return true when the intent is the skill's own way out: it has no slots, and at least one sample and at least
     *         half of its samples are leave words
     */
    static boolean intent(Intent i) {
        List<Sample> samples = i.samples();
        if (samples.isEmpty() || !i.slots().isEmpty() || i.name().startsWith("AMAZON.")) {
            return false;
        }
        int leave = 0;
        for (Sample s : samples) {
            leave += said(s.text()) ? 1 : 0;
        }
        return leave * 2 >= samples.size();
    }
}
