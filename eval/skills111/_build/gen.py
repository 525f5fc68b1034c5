#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 111 from the hand-written specs in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from lib import CASES, ALEXA_SHAPES, GOOGLE_SHAPES, flatten
import cases_en, cases_intl, cases_google  # noqa: F401  (they register cases)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")

BUILTINS = {
    "en-US": [], "es-MX": [], "it-IT": [], "ja-JP": [], "hi-IN": [], "pt-BR": [],
}
SHAPE_LABEL = {"cloudwatch-text-py": "cloudwatch-text"}


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(content, (dict, list)):
            json.dump(content, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            f.write(content)


def yaml_dump(o, ind=0):
    """Tiny YAML writer (dicts, lists, scalars) – enough for Actions Builder files."""
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {scalar(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                inner = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- {inner[0].strip()}")
                out.extend(inner[1:])
            else:
                out.append(f"{sp}- {scalar(v)}")
    return "\n".join(x for x in out if x != "")


def scalar(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v == {} or v == []:
        return "{}" if v == {} else "[]"
    return json.dumps(v, ensure_ascii=False)


def alexa_package(c, base):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.get("summary", c.get("desc", c["name"]))[:160], "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c.get("desc", c["name"]), "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{lib.h(c['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{lib.h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPersonalInfo", False),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy", True):
        pac["locales"] = {l: {"privacyPolicyUrl": c.get("policy_url", f"https://{c['id'].split('-', 1)[1]}.example.org/privacy"),
                              "termsOfUseUrl": f"https://{c['id'].split('-', 1)[1]}.example.org/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "distributionCountries": c.get("countries", [loc.split("-")[1]]),
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "HEALTH_AND_FITNESS")},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:123456789012:function:{c['id']}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    write(f"{base}/skill-package/skill.json", man)
    for l in locs:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del d["slots"]
            intents.append(d)
        for b in ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"] + c.get("more_builtins", []):
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", [])]
        inv = c["inv"] if l == loc else c.get("inv_by_locale", {}).get(l, c["inv"])
        write(f"{base}/skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    write(f"{base}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                                                                                        "code": {"default": {"src": "./lambda"}},
                                                                                                        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def google_project(c, base):
    kind = c["platform"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c.get("desc", c["name"])[:80],
              "fullDescription": c.get("desc", c["name"]), "developerName": c.get("dev", "Quiet Harbor Apps"),
              "developerEmail": "dev@" + c["id"].split("-", 1)[1] + ".example.org", "sampleInvocations": c.get("examples", [f"Talk to {c['inv']}"])}
        if c.get("policy", True):
            ls["privacyPolicyUrl"] = f"https://{c['id'].split('-', 1)[1]}.example.org/privacy"
        st = {"projectId": c["id"][:28], "defaultLocale": lang, "enabledRegions": [], "disabledRegions": [], "category": c.get("gcat", "HEALTH_AND_FITNESS"),
              "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "usesHomeStorage": False,
              "designedForFamily": c.get("kids", False), "containsAlcoholOrTobaccoContent": False,
              "surfaceRequirements": {"minimumRequirements": [{"capability": "AUDIO_OUTPUT"}]}, "localizedSettings": ls}
        write(f"{base}/sdk/settings/settings.yaml", yaml_dump(st) + "\n")
        write(f"{base}/sdk/manifest.yaml", "version: \"1.0\"\n")
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {}
            if slots:
                d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
            d["trainingPhrases"] = samples
            write(f"{base}/sdk/custom/intents/{name}.yaml", yaml_dump(d) + "\n")
        for n, vals in c.get("types", []):
            if vals == "FREE":
                write(f"{base}/sdk/custom/types/{n}.yaml", "freeText: {}\n")
            else:
                write(f"{base}/sdk/custom/types/{n}.yaml", yaml_dump({"synonym": {"entities": {v.replace(" ", "_"): {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}) + "\n")
        for n, sc in c.get("scenes", {}).items():
            write(f"{base}/sdk/custom/scenes/{n}.yaml", sc)
        write(f"{base}/sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\n")
        write(f"{base}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "dialogflow":
        write(f"{base}/agent.json", {"description": c.get("desc", ""), "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                                     "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                     "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][:28], "welcomeIntentSignInRequired": False,
                                                         "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                         "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                                         "isDeviceAgent": False},
                                     "defaultTimezone": c.get("tz", "America/Mexico_City"), "webhook": {"url": "https://us-central1-" + c["id"][:20] + ".cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                                     "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                                     "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0,
                                     "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
        write(f"{base}/package.json", {"name": c["id"], "version": "0.3.1", "dependencies": {"actions-on-google": "^2.12.0", "dialogflow-fulfillment": "^0.6.1"}})
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            resp = it[3] if len(it) > 3 else ""
            write(f"{base}/intents/{name}.json", {"id": lib.uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                                 "responses": [{"resetContexts": False, "affectedContexts": [],
                                                                "parameters": [{"id": lib.uid(k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in slots.items()],
                                                                "messages": [{"type": 0, "lang": lang, "speech": [resp] if resp else []}], "defaultResponsePlatforms": {}, "speech": []}],
                                                 "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for s in samples:
                data = []
                # @slot:name markers -> annotated parts
                import re
                pos = 0
                for m in re.finditer(r"\{(\w+)\}", s):
                    if m.start() > pos:
                        data.append({"text": s[pos:m.start()], "userDefined": False})
                    data.append({"text": c.get("slot_examples", {}).get(m.group(1), m.group(1)), "alias": m.group(1), "meta": slots.get(m.group(1), "@sys.any"), "userDefined": True})
                    pos = m.end()
                if pos < len(s):
                    data.append({"text": s[pos:], "userDefined": False})
                us.append({"id": lib.uid(c["id"], s), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            write(f"{base}/intents/{name}_usersays_{lang}.json", us)
        for n, vals in c.get("types", []):
            write(f"{base}/entities/{n}.json", {"id": lib.uid(c["id"], n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            write(f"{base}/entities/{n}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
        meta = {"displayName": c["name"], "invocationName": c["inv"], "description": c.get("desc", "")}
        if c.get("policy", True):
            meta["privacyPolicyUrl"] = f"https://{c['id'].split('-', 1)[1]}.example.org/privacy"
        write(f"{base}/console/directory-listing.json", meta)
    elif kind == "sdkv2":
        acts = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            a = {"description": name, "name": name if name != "actions.intent.MAIN" else "MAIN", "fulfillment": {"conversationName": c["id"][:20]},
                 "intent": {"name": name, "trigger": {"queryPatterns": samples}}}
            if slots:
                a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in slots.items()]
            acts.append(a)
        ad = {"actions": acts, "conversations": {c["id"][:20]: {"name": c["id"][:20], "url": "https://" + c["id"][:20] + ".example-functions.net/fulfillment", "fulfillmentApiVersion": 2}},
              "locale": loc}
        if c.get("types"):
            ad["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"]]
        write(f"{base}/action.json", ad)
        meta = {"displayName": c["name"], "invocationName": c["inv"], "description": c.get("desc", "")}
        if c.get("policy", True):
            meta["privacyPolicyUrl"] = f"https://{c['id'].split('-', 1)[1]}.example.org/privacy"
        write(f"{base}/console/directory-listing.json", meta)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = {}
    seen = set()
    for c in CASES:
        cid = c["id"]
        assert cid not in seen, cid
        seen.add(cid)
        base = os.path.join(OUT, cid)
        plat = c.get("platform", "alexa")
        if plat == "alexa":
            alexa_package(c, base)
        else:
            google_project(c, base)
        for p, txt in c.get("files", {}).items():
            write(f"{base}/{p}", txt)
        shapes = []
        for k, rec in enumerate(c["recs"]):
            shape, d, sessions = rec[0], rec[1], rec[2]
            t0 = rec[3] if len(rec) > 3 else 1733040000 + k * 86400 * 9
            if plat == "alexa":
                fl = flatten(c, sessions, tag=str(k), t0=t0)
                files = ALEXA_SHAPES[shape](c, fl, d)
            else:
                files = GOOGLE_SHAPES[shape](c, sessions, d)
            for p, content in files.items():
                write(f"{base}/{p}", content)
            s = SHAPE_LABEL.get(shape, shape)
            if s not in shapes:
                shapes.append(s)
        labels[cid] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    write(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
