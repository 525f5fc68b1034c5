package io.hearthguard.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each kind of finding means for a household, in plain words: a title, what happened,
 * why it matters and what to do now (steps). Looked up by the finding's rule id, then by
 * its rule family (the id up to its last dot, e.g. {@code skills.fake-goodbye}), then by its
 * category; vendor protections' rules fall back to their category or to a general text.
 * {@code {device}} in a text is replaced by the device's name. {@code ExplanationsTest}
 * fails when a rule a built-in protection emits has no entry of its own.
 */
final class Explanations {
    /** One explanation. */
    record Explanation(String title, String what, String why, List<String> steps) {
        Map<String, Object> json(String device) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("what", fill(what, device));
            m.put("why", fill(why, device));
            m.put("steps", steps.stream().map(s -> fill(s, device)).toList());
            return m;
        }
    }

    /** Puts the device's name in; a sentence starting with it starts with a capital. */
    static String fill(String text, String device) {
        String t = text.replace("{device}", device);
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static final Map<String, Explanation> RULES = new LinkedHashMap<>();
    private static final Map<String, Explanation> CATEGORIES = new LinkedHashMap<>();

    private static void rule(String id, String title, String what, String why, String... steps) {
        RULES.put(id, new Explanation(title, what, why, List.of(steps)));
    }

    private static void category(String id, String title, String what, String why, String... steps) {
        CATEGORIES.put(id, new Explanation(title, what, why, List.of(steps)));
    }

    private static final String MIC_OFF = "If you did not speak to it, press the speaker's microphone-off button now; it stays off until you press it again.";
    private static final String VOICE_HISTORY = "Open the speaker's app (Alexa, Google Home or Apple Home), look at the voice history for this time and delete recordings you did not mean to make.";
    private static final String SKILLS_CHECK = "In the speaker's app, look at the skills or actions enabled lately and disable any you do not know or no longer use.";

    static {
        // ---- smart speakers (io.hearthguard.protection.eavesdrop)
        rule("eavesdrop.voice-session", "A speaker listened and answered",
                "{device} sent your voice to its cloud service and got an answer back. This is a normal use of a smart speaker, shown so you can see when it listens.",
                "Every time a speaker listens, what it hears leaves your home. Seeing these sessions lets you spot one you did not start.",
                "Nothing to do if someone in your home spoke to it at that time.",
                "If nobody did, it woke up by mistake (a TV or a word that sounds like its name): " + VOICE_HISTORY);
        rule("eavesdrop.long-listening", "A speaker kept listening for a long time",
                "{device} kept sending sound to its cloud service for much longer than a question takes, without answering.",
                "A speaker that keeps its microphone open without answering may be recording a conversation it was not asked to hear, for example because a skill keeps the session open.",
                MIC_OFF, VOICE_HISTORY, SKILLS_CHECK, "If it happens often and you know why (for example dictating long messages), use \"Mute this kind\" below for this speaker.");
        rule("eavesdrop.listening-after-goodbye", "A speaker kept listening after saying goodbye",
                "{device} finished an exchange but went on sending sound to its cloud service afterwards.",
                "This is how malicious skills eavesdrop: they pretend to end the conversation and keep the microphone open.",
                MIC_OFF, SKILLS_CHECK, VOICE_HISTORY, "Say \"Alexa, stop\" or \"Hey Google, stop\" at the end of a conversation with an unfamiliar skill.");
        rule("eavesdrop.silent-reprompt", "A speaker reopened its microphone without speaking",
                "{device} opened its microphone again and again without giving a spoken answer in between.",
                "A skill can keep a speaker listening by sending silent questions; the light may be the only sign that it still listens.",
                MIC_OFF, SKILLS_CHECK, VOICE_HISTORY);
        rule("eavesdrop.idle-trickle", "An idle speaker kept sending data",
                "While nobody was talking to it, {device} sent more data to its voice service than its usual keep-alive messages, for many minutes.",
                "A speaker at rest should only send small heartbeats. A steady stream while idle can mean it is streaming sound or has been tampered with.",
                MIC_OFF, "Restart the speaker (unplug it for ten seconds) and check that its software is up to date in its app.",
                "If it continues, reset it to factory settings and set it up again.");

        rule("eavesdrop.reopened-after-silence", "A speaker started listening without being woken",
                "{device} opened its microphone and sent sound to its cloud service, but the start did not look like someone saying its wake word: the cloud reopened the conversation on its own, minutes after the last answer.",
                "A skill can ask the speaker to listen again later without anyone speaking to it; what is said in the room then goes to the skill.",
                MIC_OFF, SKILLS_CHECK, VOICE_HISTORY);

        // ---- home hygiene (io.hearthguard.hygiene), by family
        rule("hygiene.exposed", "A device offers a risky service on your network",
                "{device} answers on a service that is often attacked (for example Telnet, FTP, an admin page without encryption or an MQTT broker that lets anyone in).",
                "Anyone on your Wi-Fi, or malware on another device, can try to log in to such a service; many home devices were taken over this way.",
                "Open the device's app or web page and turn the named service off if you do not use it.",
                "If you cannot turn it off, check that its password is not the factory one, and update the device's software.");
        rule("hygiene.default-credentials", "A device still has its factory password",
                "{device} accepted a well-known factory login (the password itself is not kept).",
                "Factory passwords are published in manuals and lists; anyone on your network can log in with them.",
                "Log in to the device (its app or web page) and set a new, long password.",
                "If it cannot be changed, turn the service off or ask the maker for an update.");
        rule("hygiene.firmware.advisory", "A device runs software with a known flaw",
                "{device} reports a software version that a published security advisory says is vulnerable.",
                "Known flaws are what attackers try first; the maker has usually published a fixed version.",
                "Update the device's software in its app or web page (the finding names the fixed version).",
                "If there is no update, ask the maker or consider replacing the device.");
        rule("hygiene.upnp.port-mapping", "Your router opens a door to a device",
                "Your router keeps a port open from the internet to {device}, opened automatically by UPnP.",
                "An open port lets anyone on the internet reach the device directly, without passing your router's protection.",
                "In the device's app, turn off remote access features you do not use.",
                "In your router's settings, remove the mapping and turn UPnP off if nothing needs it.");

        rule("hygiene.router.natpmp", "Your router lets any device open doors to the internet",
                "Your router ({device}) answers NAT-PMP or PCP requests from your home network: any program on any device can ask it to open a port to the internet, without a password and without anyone seeing it.",
                "Malware on one device can open a way in from the internet this way; the router does not tell you, and these openings cannot be listed.",
                "In your router's settings, turn off NAT-PMP and PCP (often next to UPnP, sometimes called \"port mapping protocol\").",
                "If a game console or app needs it, turn it back on only while you use it.");

        rule("hygiene.upnp.wan-side", "Check that your router's UPnP is not open to the internet",
                "Your router ({device}) answers UPnP on its internet address when the hub asks from inside your home. From inside, the hub cannot tell whether it also answers from the internet.",
                "A router whose UPnP answers from the internet lets strangers open ports into your home or learn about your devices; a few router models and settings do this.",
                "In your router's settings, make sure UPnP serves only the home network (LAN), or turn UPnP off if nothing needs it.",
                "To be sure, have UDP port 1900 checked from outside your home: an online UPnP exposure test, or a port check from a phone on mobile data.");

        rule("hygiene.router.wifi-security", "Your Wi-Fi's protection is weak",
                "Your Wi-Fi uses an old or no security mode (open, WEP or WPA), as you or your router said.",
                "Anyone nearby can join an open or WEP network, or read what your devices send over it; WPA has known weaknesses too.",
                "In your router's Wi-Fi settings choose WPA2-Personal (AES) or WPA3-Personal, with a long passphrase, then reconnect your devices.",
                "A device that only knows WEP or WPA belongs on a guest network, or replaced; then tell the hub the new mode on the Settings page.");

        // ---- responses the hub took (io.hearthguard.response)
        rule("response.quarantine", "Hearthguard cut a device off",
                "Hearthguard put {device} in quarantine because of the finding it names: it can only reach your router for names and addresses.",
                "You asked Hearthguard to act on its own for this kind of finding, so the device cannot send anything more while you look.",
                "Look at the finding that caused it.", "When you are satisfied, undo the quarantine (or acknowledge the finding) to let the device back online.");
        rule("response.block", "Hearthguard blocked a destination",
                "Hearthguard blocked the destination named here for {device} because of the finding it names.",
                "The destination is on a block list; stopping the connection keeps the device from talking to it while you look.",
                "Look at the finding that caused it.", "Undo the block if you trust the destination.");
        rule("response.held", "A new device waits for your approval",
                "{device} joined your network while new-device approval is on, so it is held in quarantine.",
                "Holding unknown devices until you recognise them keeps a stranger's device (or a neighbour on your Wi-Fi) off your network.",
                "If you know the device, approve it (undo its quarantine).", "If you do not, leave it held and change your Wi-Fi password.");
        rule("response.released", "A device was let back on your network",
                "Hearthguard lifted the quarantine or block on {device}.",
                "The finding that caused it was acknowledged, resolved or muted, or someone approved the device.",
                "Nothing to do.");

        // ---- uploads (io.hearthguard.protection.upload)
        rule("upload.abnormal", "A device sent out much more than usual",
                "{device} sent an unusual amount of data to a server on the internet compared with what it normally sends.",
                "Devices that are hacked, or that spy on you, often give themselves away by uploading more than they usually do: recordings, camera pictures or your files.",
                "Think about whether something explains it: a camera recording an event, a backup, a software update.",
                "Look at where it went (the server's name below). If you do not recognise it, unplug the device or block it in your router.",
                "Update the device's software and change its password.");
        rule("upload.large-flow", "A device uploaded a large amount in one go",
                "{device} sent a large amount of data to one server in a single connection.",
                "A large upload from a device that usually sends little can be a recording, a camera stream or data being taken out of your home.",
                "Check whether someone was using the device (a video call, a cloud backup, a camera clip).",
                "If not, look at the server it went to and unplug the device until you know why.",
                "Update the device and change its password.");

        // ---- intrusions (io.hearthguard.protection.intrusion)
        rule("intrusion.port-scan", "A device probed another one for open doors",
                "{device} tried many different ports on one address, the way attackers look for a service to break into.",
                "Scanning is often the first step of an attack. A home device that scans others may be infected.",
                "If you do not know why it would do this (network tools on a computer can), disconnect the device.",
                "Update its software and change its password; reset it to factory settings if it keeps happening.");
        rule("intrusion.host-sweep", "A device looked for other devices on the network",
                "{device} contacted many addresses one after another, looking for devices that answer.",
                "Malware that has taken over one device uses sweeps like this to find the next one to attack.",
                "If it is not a computer running a network tool you know, disconnect the device.",
                "Update its software, change its password and check the other findings for the devices it reached.");
        rule("intrusion.brute-force", "Someone tried many passwords",
                "{device} was the target (or the source) of many quick login attempts in a row.",
                "Guessing passwords one after another is how attackers take over cameras, routers and computers with weak passwords.",
                "Change the device's password to a long, unique one.",
                "Turn off remote access (port forwarding, UPnP) to it in your router if you do not need it.",
                "If the attempts come from a device inside your home, that device may be infected: disconnect it.");
        rule("cleartext.http-basic", "A password was sent without encryption",
                "{device} sent a user name and password over plain HTTP, which anyone on the network path can read.",
                "Anybody on your Wi-Fi, or between you and the server, could copy that password and log in.",
                "Change that password, and do not reuse it anywhere else.",
                "Use the device's https:// address or its app instead, and update its software.");
        rule("cleartext.login", "A login used an unencrypted protocol",
                "{device} logged in with a protocol that sends passwords in the clear (such as Telnet or FTP).",
                "Passwords sent in the clear can be read by anyone on the network path; old protocols like Telnet are a common way into cameras and routers.",
                "Change the password that was used.",
                "Turn off Telnet or FTP in the device's settings if you can, and update its software.");

        // ---- known-bad addresses (io.hearthguard.protection.threatintel)
        rule("threat-intel.dns", "A device looked up a known-bad name",
                "{device} asked for the address of a name that is on one of your block lists of malicious sites.",
                "Malware looks up its control servers by name; a device asking for one may be infected, or someone on it clicked a bad link.",
                "Find out who was using the device at that time; run a malware scan if it is a computer or phone.",
                "Block the name in your router or DNS filter.",
                "If it is a smart device, update it, change its password, or reset it.");
        rule("threat-intel.contact", "A device talked to a known-bad server",
                "{device} connected to an address or site that is on one of your block lists of malicious servers.",
                "A connection (not only a look-up) means data may have gone to, or come from, an attacker's server.",
                "Disconnect the device from the network until you know why.",
                "Run a malware scan (computer, phone) or update and reset it (smart device), and change passwords used on it.");

        // ---- devices (io.hearthguard.discovery)
        rule("discovery.new-device", "A new device joined your network",
                "{device} appeared on your network for the first time.",
                "Every device on your Wi-Fi can see and talk to the others. Knowing what joins helps you notice a stranger or a device you forgot.",
                "If you recognise it, give it a name and a room on its device page.",
                "If you do not, change your Wi-Fi password; everyone will need the new one.");
        rule("discovery.device-changed", "A device changed what it says it is",
                "{device} now presents itself differently (a new name, make or type) than before.",
                "It is usually an update or a reset, but a device pretending to be another one can be a sign of an impostor.",
                "Check the device page to see what changed; if it matches something you did (update, reset), nothing to do.",
                "If not, and you cannot find the device, change your Wi-Fi password.");
        rule("discovery.arp-spoof", "A device is pretending to be your router",
                "{device} claims your router's address on the network (ARP spoofing).",
                "This is how an attacker puts himself between your devices and the internet to read or change your traffic.",
                "Unplug or switch off the device named here; if you cannot find it, restart your router.",
                "Change your Wi-Fi password and your router's admin password.",
                "Until it is fixed, avoid logging in to sites from devices at home.");
        rule("discovery.nd-spoof", "A device is pretending to be your router (IPv6)",
                "{device} claims your router's IPv6 address on the network (neighbor spoofing).",
                "This is how an attacker puts himself between your devices and the internet over IPv6 to read or change your traffic.",
                "Unplug or switch off the device named here; if you cannot find it, restart your router.",
                "Change your Wi-Fi password and your router's admin password.");
        rule("discovery.gateway-mac-changed", "Your internet traffic goes through a different box",
                "Traffic to the internet now goes through {device}, not through the router it used before.",
                "If you did not replace your router, someone may be routing your traffic through their device to spy on it.",
                "If you changed your router or internet box lately, nothing to do.",
                "If not, find the device named here and unplug it; restart your router and change its admin and Wi-Fi passwords.");

        // ---- voice skills (io.hearthguard.skills), by family
        rule("skills.silent-keepalive", "A voice skill can keep listening silently",
                "A voice skill you checked keeps the speaker's microphone open without saying anything (an empty or unpronounceable reprompt, or a long pause).",
                "Silent reprompts let a skill go on recording after you think it has finished.",
                "Do not enable this skill; if it is enabled, disable it in the speaker's app.", "Report it to Amazon or Google from the skill's store page.");
        rule("skills.fake-goodbye", "A voice skill pretends to end the conversation",
                "A voice skill you checked says goodbye (or pretends to fail) but keeps the session open.",
                "This is a known eavesdropping trick: you think the speaker stopped listening, but it still does.",
                "Disable the skill in the speaker's app.", "Report it to Amazon or Google from the skill's store page.");
        rule("skills.masquerade", "A voice skill pretends to be the assistant itself",
                "A voice skill you checked uses the assistant's own name or wording (for example an \"Alexa update\").",
                "Skills that impersonate the assistant trick people into trusting them with passwords or personal details.",
                "Disable the skill.", "Remember: Alexa and Google never ask for passwords or card numbers by voice.");
        rule("skills.credential-phishing", "A voice skill asks for a password",
                "A voice skill you checked asks you to say a password, PIN or code.",
                "Nothing legitimate asks for passwords by voice; this is phishing.",
                "Disable the skill.", "If you already said a password to it, change that password now.");
        rule("skills.pii-request", "A voice skill asks for personal details",
                "A voice skill you checked asks for personal information (address, phone, health, bank details), or asks for it without a privacy policy.",
                "Personal details given by voice can be stored, sold or misused; a skill without a privacy policy says nothing about what it does with them.",
                "Do not give personal details to this skill; disable it if you do not trust its maker.", "Check its privacy policy on its store page.");
        rule("skills.catch-all-capture", "A voice skill records whatever you say",
                "A voice skill you checked accepts any speech as input (a free-form slot or nonsense samples).",
                "Catch-all inputs let a skill capture conversations that have nothing to do with it.",
                "Disable the skill unless you need it (dictation or note skills do this on purpose).");
        rule("skills.squatting", "A voice skill has a name that sounds like another one",
                "A voice skill you checked has a name that sounds like a well-known skill.",
                "Sound-alike names make the speaker open the wrong skill when you ask for the real one.",
                "Check which skill answers when you say the name; disable the look-alike in the speaker's app.");
        rule("skills.excessive-permissions", "A voice skill asks for more than it needs",
                "A voice skill you checked asks for permissions (address, lists, contacts…) it does not seem to use.",
                "Every permission gives the skill's maker more of your data.",
                "In the speaker's app, remove the permissions this skill does not need, or disable it.");
        rule("skills.drift", "A voice skill changed its behaviour",
                "A voice skill that was checked before now answers differently.",
                "Malicious skills pass review with harmless answers and change them afterwards.",
                "Look at what changed below; if the new behaviour is one of the risky kinds, disable the skill.");
        rule("skills.probe", "A voice skill's server could not be checked",
                "Checking a voice skill's server failed (an error or no answer).",
                "A skill whose server misbehaves cannot be checked for changes; it may also simply be down.",
                "Nothing urgent; the check is repeated. Disable the skill if it stays broken.");

        // ---- categories (vendor protections and future rules)
        category("eavesdrop", "A device may be listening", "{device} behaved like a device that listens more than it should.",
                "Sound from your home may be leaving it.", MIC_OFF, VOICE_HISTORY);
        category("abnormal-upload", "A device sent out more than usual", "{device} sent an unusual amount of data out of your home.",
                "Unusual uploads can be recordings or data being taken.", "Check whether someone was using it; if not, unplug it and update it.");
        category("large-upload", "A large upload", "{device} sent a large amount of data in one go.",
                "Large unexpected uploads can be recordings or data being taken.", "Check whether someone was using it; if not, unplug it and update it.");
        category("port-scan", "A device probed the network", "{device} looked for open services on other devices.",
                "Scanning is often the first step of an attack.", "Disconnect the device if you do not know why it does this.");
        category("brute-force", "Many password attempts", "Many login attempts involved {device}.",
                "Attackers guess passwords this way.", "Change the device's password to a long, unique one.");
        category("cleartext-credentials", "A password was sent in the clear", "{device} sent a password without encryption.",
                "Anyone on the path could read it.", "Change that password and use an encrypted connection.");
        category("threat-intel", "Contact with a known-bad site", "{device} contacted a name or address on a block list.",
                "It may be infected.", "Disconnect it, scan or update it, and change its passwords.");
        category("new-device", "A device changed on your network", "{device} is new or changed.",
                "Knowing what is on your network helps you notice strangers.", "Name it if you know it; change your Wi-Fi password if you do not.");
        category("mitm", "Someone may be in the middle", "{device} is placing itself between your devices and the internet.",
                "Your traffic could be read or changed.", "Find and unplug the device; restart the router and change its passwords.");
        category("hygiene", "A security weakness at home", "{device} has a weakness (for example an old protocol, a default password or an open service).",
                "Weaknesses are what attackers look for first.", "Follow the device maker's advice to update or reconfigure it.");
    }

    private static final Explanation GENERAL = new Explanation("Something to look at",
            "A protection reported something about {device}.",
            "It was installed to watch for problems like this one; the details below say what it saw.",
            List.of("Read the summary and the details.", "If it looks expected, acknowledge it; if it keeps coming and is normal, mute this rule for the device."));

    private Explanations() {
    }

    /** @return the rule's own explanation or its family's, else null */
    static Explanation forRule(String rule) {
        if (rule == null) {
            return null;
        }
        Explanation e = RULES.get(rule);
        int dot = rule.lastIndexOf('.');
        return e != null || dot < 0 ? e : RULES.get(rule.substring(0, dot));
    }

    /** The explanation shown for a finding: its rule's, else its category's, else a general one. */
    static Map<String, Object> of(String rule, String category, String deviceName) {
        Explanation e = forRule(rule);
        if (e == null) {
            e = CATEGORIES.getOrDefault(category, GENERAL);
        }
        String device = deviceName == null || deviceName.isBlank() ? "a device on your network" : deviceName;
        return e.json(device);
    }

    /** @return the explained rule ids and families (for tests and docs) */
    static java.util.Set<String> rules() {
        return java.util.Collections.unmodifiableSet(RULES.keySet());
    }
}
