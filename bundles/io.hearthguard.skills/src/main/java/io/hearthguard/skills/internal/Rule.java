package io.hearthguard.skills.internal;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;

/** Every rule the analyser has, with its category, rationale, source and fix. */
public enum Rule {
    SILENT_UNPRONOUNCEABLE("skills.silent-keepalive.unpronounceable", Categories.SILENT_KEEPALIVE,
            "Speech or reprompt with nothing pronounceable (unpaired surrogates such as U+D801, zero-width or format characters, "
                    + "punctuation only) keeps the microphone open while the speaker stays silent.",
            "SRLabs, Smart Spies (2019); Zhang et al., Dangerous Skills (IEEE S&P 2019)",
            "Speak a real prompt or end the session (shouldEndSession true); never send invisible or unpronounceable characters."),
    SILENT_EMPTY_REPROMPT("skills.silent-keepalive.empty-reprompt", Categories.SILENT_KEEPALIVE,
            "An empty or silent reprompt reopens the microphone without telling the user that the skill is still listening.",
            "Checkmarx Alexa eavesdropping skill (2018); SRLabs, Smart Spies (2019)",
            "Give every reprompt an audible question, or omit the reprompt and end the session."),
    SILENT_LONG_PAUSE("skills.silent-keepalive.long-silence", Categories.SILENT_KEEPALIVE,
            "Seconds of SSML <break> or runs of unpronounceable characters appended to speech stretch the listening window silently.",
            "SRLabs, Smart Spies (2019)",
            "Remove the pauses/filler characters; keep breaks short and end the session when the conversation is over."),
    FAKE_GOODBYE_WORDING("skills.fake-goodbye.wording", Categories.FAKE_GOODBYE,
            "The response says goodbye while the session stays open (shouldEndSession false or a reprompt): the user believes the skill has ended.",
            "SRLabs, Smart Spies (2019); Zhang et al., Dangerous Skills (IEEE S&P 2019): fake termination",
            "Set shouldEndSession to true (withShouldEndSession(true)) and drop the reprompt on goodbye."),
    FAKE_GOODBYE_STOP("skills.fake-goodbye.stop-keeps-listening", Categories.FAKE_GOODBYE,
            "The answer to Stop/Cancel keeps the session open: the skill goes on listening after the user asked it to stop.",
            "Guo et al., SkillExplorer (USENIX Security 2020); Alexa certification: Stop must end the session",
            "End the session in the AMAZON.StopIntent and AMAZON.CancelIntent handlers."),
    FAKE_GOODBYE_ERROR("skills.fake-goodbye.fake-error", Categories.FAKE_GOODBYE,
            "A fake error or 'not available in your country' notice while the session stays open pretends the skill has ended.",
            "SRLabs, Smart Spies (2019)",
            "When the skill cannot serve the user, say so and end the session."),
    MASQUERADE_WORDING("skills.masquerade.platform-wording", Categories.MASQUERADE,
            "The skill speaks as if it were the platform or the device ('security update available', 'your device needs', 'Alexa here').",
            "Zhang et al., Dangerous Skills (IEEE S&P 2019): voice masquerading; SRLabs, Smart Spies (2019)",
            "Never imitate the assistant, the device maker or system messages."),
    MASQUERADE_NAME("skills.masquerade.name", Categories.MASQUERADE,
            "The invocation or display name contains the assistant's or a platform's name, inviting confusion with the platform.",
            "Zhang et al., Dangerous Skills (IEEE S&P 2019); Alexa invocation-name requirements",
            "Choose a name without Alexa, Amazon, Echo, Google or system wording."),
    CREDENTIAL_PROMPT("skills.credential-phishing.prompt", Categories.CREDENTIAL_PHISHING,
            "The skill asks for a password, PIN, card number or code by voice; the platform never does, and skills must not.",
            "SRLabs, Smart Spies (2019); Alexa policy: no collection of passwords/financial data by voice",
            "Use account linking, Alexa voice PIN or Amazon Pay; never ask for secrets in speech."),
    CREDENTIAL_SAMPLE("skills.credential-phishing.sample", Categories.CREDENTIAL_PHISHING,
            "Sample utterances or slot names collect passwords, PINs, card numbers or codes spoken by the user.",
            "SRLabs, Smart Spies (2019); SkillDetective (USENIX Security 2022)",
            "Remove the utterances and slots that capture secrets; use account linking."),
    PII_PROMPT("skills.pii-request.prompt", Categories.PII_REQUEST,
            "The skill asks for personal data (name, address, phone, e-mail, birthday) in speech.",
            "Guo et al., SkillExplorer (USENIX Security 2020); SKIPPER (ASE 2022)",
            "Request the data through Alexa permissions with a privacy policy that discloses it, or do not collect it."),
    PII_SAMPLE("skills.pii-request.sample", Categories.PII_REQUEST,
            "Sample utterances collect personal data stated by the user.",
            "SKIPPER (ASE 2022); Lentzsch et al. (NDSS 2021)",
            "Publish a privacy policy covering the data, or stop collecting it."),
    PII_HEALTH("skills.pii-request.health-data", Categories.PII_REQUEST,
            "The skill asks for health data (conditions, medication, measurements, pregnancy, symptoms) in conversation.",
            "Pico (health data in voice apps); SkillVet; Alexa policy: health skills must not collect health information without a HIPAA-eligible setup",
            "Do not collect health data by voice unless the skill is built for it, declares it in its privacy policy and is certified for it."),
    PII_NO_POLICY("skills.pii-request.no-privacy-policy", Categories.PII_REQUEST,
            "Personal-data permissions are requested but no privacy policy URL is declared.",
            "Lentzsch et al., Hey Alexa, is this Skill Safe? (NDSS 2021): 23.3% of permission-using skills do not disclose",
            "Declare a privacy policy URL describing the data collected: an Alexa skill in privacyAndCompliance.locales.<locale>.privacyPolicyUrl, "
                    + "a Google Actions project in its manifest's privacyUrl or its settings' localizedSettings.privacyPolicyUrl."),
    CATCH_ALL_SLOT("skills.catch-all-capture.free-form-slot", Categories.CATCH_ALL_CAPTURE,
            "A free-form slot (AMAZON.SearchQuery, AMAZON.LITERAL, @sys.any) receives whatever the user says; with no or generic carrier phrase it transcribes arbitrary speech.",
            "SRLabs, Smart Spies (2019); Checkmarx (2018)",
            "Use a typed slot with listed values, or a carrier phrase tied to the skill's purpose."),
    NONSENSE_SAMPLES("skills.catch-all-capture.nonsense-samples", Categories.CATCH_ALL_CAPTURE,
            "Nonsense sample utterances make the intent match almost anything, capturing unrelated speech.",
            "Checkmarx Alexa eavesdropping skill (2018)",
            "Use real phrases users would say to this skill."),
    NONSENSE_VALUES("skills.catch-all-capture.nonsense-slot-values", Categories.CATCH_ALL_CAPTURE,
            "A custom slot type filled with nonsense values acts as a catch-all that transcribes arbitrary speech.",
            "SRLabs, Smart Spies (2019)",
            "List the real values the slot accepts."),
    SQUATTING("skills.squatting.confusable-name", Categories.SQUATTING,
            "The invocation name sounds like or paraphrases a known skill's name, so speech meant for that skill can reach this one.",
            "Kumar et al., Skill Squatting (USENIX Security 2018); Zhang et al., Dangerous Skills (IEEE S&P 2019)",
            "Choose a distinct invocation name."),
    EXCESSIVE_PERMISSIONS("skills.excessive-permissions.unneeded", Categories.EXCESSIVE_PERMISSIONS,
            "The skill requests personal-data permissions its name, description and category do not need.",
            "Lentzsch et al., Hey Alexa, is this Skill Safe? (NDSS 2021); SKIPPER (ASE 2022)",
            "Request only the permissions the skill's function uses."),
    DRIFT("skills.drift.response-changed", Categories.DRIFT,
            "The same conversation is answered differently than when the skill was last tested: the backend changed after review.",
            "SRLabs, Smart Spies (2019); Lentzsch et al. (NDSS 2021): backend change after approval",
            "Review the change; re-certify; compare transcripts on a schedule."),
    PROBE_ERROR("skills.probe.endpoint-error", Categories.DRIFT,
            "The endpoint did not answer a request like the voice service would send it (error status, timeout, oversize or malformed response).",
            "SkillDetective (USENIX Security 2022): dynamic testing",
            "Fix the endpoint; a skill must answer every request type it declares.");

    public final String id;
    public final String category;
    public final String rationale;
    public final String source;
    public final String fix;

    Rule(String id, String category, String rationale, String source, String fix) {
        this.id = id;
        this.category = category;
        this.rationale = rationale;
        this.source = source;
        this.fix = fix;
    }

    /** @return a finding of this rule */
    public SkillFinding at(Severity severity, String summary, String file, String pointer, String text) {
        return new SkillFinding(id, category, severity, summary, rationale, source, file, pointer == null ? "" : pointer,
                Text.visible(text), fix);
    }
}
