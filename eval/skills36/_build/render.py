"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import hashlib, json, os, re, datetime, csv, io

def hx(*p, n=32):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]

def uid(*p):
    h = hx(*p)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

TURN = re.compile(r"^(\w[\w.]*)(?:\(([^)]*)\))?(?::\s*(.*))?$")

def parse_user(u):
    m = TURN.match(u.strip())
    name, args, utt = m.group(1), m.group(2), m.group(3)
    slots = {}
    if args:
        for kv in args.split(","):
            k, v = kv.split("=", 1)
            slots[k.strip()] = v.strip()
    return name, slots, utt or ""

def speech(t):
    if t is None:
        return None
    if "<" in t:
        s = t if t.startswith("<speak>") else f"<speak>{t}</speak>"
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": t}

def plain(t):
    return re.sub(r"<[^>]+>", "", t or "")

def W(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def J(path, obj):
    W(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")

# ---------------------------------------------------------------- native pairs
def alexa_pairs(c, sessions, start, salt):
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hx(c["id"], "user", salt, n=40).upper()
    dev = "amzn1.ask.device." + hx(c["id"], "dev", salt, n=40).upper()
    t = datetime.datetime.fromisoformat(start)
    out = []
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], salt, si)
        attrs = {}
        for ti, turn in enumerate(sess):
            u, sp, rp, end = turn[:4]
            extra = turn[4] if len(turn) > 4 else {}
            name, slots, utt = parse_user(u)
            t += datetime.timedelta(seconds=9 + 4 * ti)
            rq = {"requestId": "amzn1.echo-api.request." + uid(c["id"], salt, si, ti),
                  "locale": c["loc"], "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
            if name == "Launch":
                rq["type"] = "LaunchRequest"
            elif name == "SessionEnded":
                rq.update(type="SessionEndedRequest", reason="USER_INITIATED")
            else:
                rq["type"] = "IntentRequest"
                rq["intent"] = {"name": name, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in slots.items()}}
            sess_o = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
            if ti:
                sess_o["attributes"] = attrs
            req = {"version": "1.0", "session": sess_o,
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] in ("de-DE", "es-ES", "fr-FR", "it-IT", "en-GB") else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": rq}
            if utt:
                req["_utterance"] = utt
            r = {}
            if sp is not None:
                r["outputSpeech"] = speech(sp)
            if "card" in extra:
                r["card"] = {"type": "Simple", "title": extra["card"][0], "content": extra["card"][1]}
            if "perm_card" in extra:
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": extra["perm_card"]}
            if "directives" in extra:
                r["directives"] = extra["directives"]
            if rp is not None:
                r["reprompt"] = {"outputSpeech": speech(rp)}
            if end is not None:
                r["shouldEndSession"] = end
            attrs = dict(extra.get("attrs", attrs))
            resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
            out.append((req, resp, {"ts": rq["timestamp"], "sid": sid, "utt": utt or name, "intent": name, "speech": plain(sp),
                                    "reprompt": plain(rp) if rp is not None else "", "end": end, "rid": rq["requestId"]}))
            if end is True or name == "SessionEnded":
                break
    for req, _, _ in out:
        req.pop("_utterance", None)
    return out

def sdkv2_pairs(c, sessions, start, salt):
    t = datetime.datetime.fromisoformat(start)
    out = []
    for si, sess in enumerate(sessions):
        cid = hx(c["id"], salt, si, n=20)
        for ti, turn in enumerate(sess):
            u, sp, rp, end = turn[:4]
            extra = turn[4] if len(turn) > 4 else {}
            name, slots, utt = parse_user(u)
            t += datetime.timedelta(seconds=11 + 3 * ti)
            intent = "actions.intent.MAIN" if name == "Launch" else ("actions.intent.PERMISSION" if name == "Permission" else "actions.intent.TEXT")
            inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": utt or "talk to " + c["inv"]}]}
            if slots or utt:
                inp["arguments"] = [{"name": "text", "rawText": utt, "textValue": utt}] + [{"name": k, "textValue": v} for k, v in slots.items()]
            req = {"user": {"locale": c["loc"], "lastSeen": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            items = [{"simpleResponse": {"textToSpeech": sp, "displayText": extra.get("display", plain(sp))}}]
            if "card" in extra:
                items.append({"basicCard": {"title": extra["card"][0], "formattedText": extra["card"][1]}})
            if end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if rp is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": rp}, {"textToSpeech": rp}]
                if "perm" in extra:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": extra["perm"][0], "permissions": extra["perm"][1]}}]
                resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [ei]}
            out.append((req, resp, {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "sid": cid, "utt": utt or name, "intent": name,
                                    "speech": plain(sp), "reprompt": plain(rp) if rp else "", "end": bool(end), "rid": hx(cid, ti)}))
            if end:
                break
    return out

def df_pairs(c, sessions, start, salt):
    t = datetime.datetime.fromisoformat(start)
    out = []
    proj = c.get("project", "agent-" + hx(c["id"], n=6))
    for si, sess in enumerate(sessions):
        sid = "ABwppHF" + hx(c["id"], salt, si, n=24)
        for ti, turn in enumerate(sess):
            u, sp, rp, end = turn[:4]
            extra = turn[4] if len(turn) > 4 else {}
            name, slots, utt = parse_user(u)
            t += datetime.timedelta(seconds=10 + 3 * ti)
            disp = "Default Welcome Intent" if name == "Launch" else name
            req = {"responseId": uid(c["id"], salt, si, ti) + "-" + hx(si, ti, n=8),
                   "queryResult": {"queryText": utt or "GOOGLE_ASSISTANT_WELCOME", "parameters": slots, "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], disp)}", "displayName": disp},
                                   "intentDetectionConfidence": 1, "languageCode": c["loc"].split("-")[0] if c["loc"] != "pt-BR" else "pt-br"},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c["loc"], "lastSeen": t.strftime("%Y-%m-%dT%H:%M:%SZ")},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if name == "Launch" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": utt or "talk to " + c["inv"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
                   "session": f"projects/{proj}/agent/sessions/{sid}"}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
            if "card" in extra:
                g["richResponse"]["items"].append({"basicCard": {"title": extra["card"][0], "formattedText": extra["card"][1]}})
            if rp is not None and not end:
                g["noInputPrompts"] = [{"textToSpeech": rp}]
            if "perm" in extra:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": extra["perm"][0], "permissions": extra["perm"][1]}}
            resp = {"fulfillmentText": plain(sp), "payload": {"google": g}}
            out.append((req, resp, {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "sid": sid, "utt": utt or name, "intent": disp,
                                    "speech": plain(sp), "reprompt": plain(rp) if rp else "", "end": bool(end), "rid": req["responseId"]}))
            if end:
                break
    return out

def builder_pairs(c, sessions, start, salt):
    t = datetime.datetime.fromisoformat(start)
    out = []
    for si, sess in enumerate(sessions):
        sid = hx(c["id"], salt, si, n=22)
        for ti, turn in enumerate(sess):
            u, sp, rp, end = turn[:4]
            extra = turn[4] if len(turn) > 4 else {}
            name, slots, utt = parse_user(u)
            scene = extra.get("scene", "Main")
            nxt = "actions.scene.END_CONVERSATION" if end else extra.get("next", scene)
            turns = [(("actions.intent.MAIN" if name == "Launch" else name), utt, sp, nxt, slots)]
            if rp is not None and not end:
                turns.append(("actions.intent.NO_INPUT_1", "", rp, nxt, {}))
            for k, (iname, q, spk, nx, sl) in enumerate(turns):
                t += datetime.timedelta(seconds=10 + 5 * ti + 8 * k)
                req = {"handler": {"name": extra.get("handler", "reprompt" if k else iname.split(".")[-1].lower())},
                       "intent": {"name": iname, "params": {kk: {"original": vv, "resolved": vv} for kk, vv in sl.items()}, "query": q},
                       "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": c["loc"]},
                       "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "lastSeenTime": t.strftime("%Y-%m-%dT%H:%M:%SZ")},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
                resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": spk, "text": extra.get("display", plain(spk))}},
                        "scene": {"name": scene, "slots": {}, "next": {"name": nx}}}
                if "card" in extra and not k:
                    resp["prompt"]["content"] = {"card": {"title": extra["card"][0], "text": extra["card"][1]}}
                out.append((req, resp, {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "sid": sid, "utt": q or iname, "intent": iname,
                                        "speech": plain(spk), "reprompt": "", "end": nx == "actions.scene.END_CONVERSATION", "rid": hx(sid, ti, k)}))
            if end:
                break
    return out

PAIRS = {"alexa": alexa_pairs, "sdkv2": sdkv2_pairs, "dialogflow": df_pairs, "builder": builder_pairs}

# ---------------------------------------------------------------- shapes
def endpoint(c):
    if c["plat"] == "alexa":
        return "arn:aws:lambda:eu-west-1:" + str(int(hx(c["id"], n=8), 16) % 10**12).zfill(12) + ":function:" + c["slug"]
    return "https://europe-west1-" + c["slug"] + ".cloudfunctions.net/fulfillment"

def host(c):
    return c["slug"] + ".skills-" + hx(c["id"], n=4) + ".example.net"

def w_envelope(c, base, pairs):
    for i, (_, r, m) in enumerate(pairs):
        J(f"{base}/{i + 1:02d}-{re.sub(r'[^a-z0-9]+', '-', m['intent'].lower()).strip('-')}.json", r)

def w_pairs_jsonl(c, base, pairs):
    W(base, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b, _ in pairs))

def w_pairs_array(c, base, pairs):
    J(base, [{"request": a, "response": b} for a, b, _ in pairs])

def w_smapi_sim(c, base, pairs):
    for i, (a, b, m) in enumerate(pairs):
        J(f"{base}/sim-{i + 1:02d}.json", {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": m["speech"]}}],
                                   "consideredIntents": [{"name": m["intent"], "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": a},
                                                    "invocationResponse": {"body": b}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
            "error": None}})

def w_smapi_inv(c, base, pairs):
    for i, (a, b, m) in enumerate(pairs):
        J(f"{base}/invoke-{i + 1:02d}.json", {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": a}, "invocationResponse": {"body": b},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 140 + i}}, "error": None}})

def w_ask_dialog(c, base, pairs):
    J(f"{base}/dialog-replay.json", {"skillId": pairs[0][0]["session"]["application"]["applicationId"], "locale": c["loc"], "type": "text",
                                     "userInput": [("open " + c["inv"]) if m["intent"] == "Launch" else m["utt"] for _, _, m in pairs]})
    lines = []
    for a, b, m in pairs:
        lines.append("User  > " + (("open " + c["inv"]) if m["intent"] == "Launch" else m["utt"]))
        lines.append("Alexa > " + m["speech"])
        if m["reprompt"] or "reprompt" in b["response"]:
            lines.append("        (reprompt) " + json.dumps(b["response"].get("reprompt", {}).get("outputSpeech", {}), ensure_ascii=False))
        lines.append(f"        (shouldEndSession: {json.dumps(b['response'].get('shouldEndSession'))})")
    W(f"{base}/dialog-output.txt", "\n".join(lines) + "\n")

def w_cw_text(c, base, pairs):
    L = []
    for a, b, m in pairs:
        rid = uid(m["rid"])
        ts = m["ts"].replace("Z", ".412Z")
        L.append(f"START RequestId: {rid} Version: $LATEST")
        L.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(a, ensure_ascii=False)}")
        L.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(b, ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: 212.18 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    W(base, "\n".join(L) + "\n")

def w_cw_json(c, base, pairs):
    ev = []
    for i, (a, b, m) in enumerate(pairs):
        rid = uid(m["rid"])
        ms = int(datetime.datetime.fromisoformat(m["ts"].replace("Z", "+00:00")).timestamp() * 1000)
        for k, (kw, o) in enumerate((("Request", a), ("Response", b))):
            ev.append({"logStreamName": "2024/05/01/[$LATEST]" + hx(c["id"], n=32), "timestamp": ms + k * 200,
                       "message": f"{m['ts']}\t{rid}\tINFO\t{kw}: {json.dumps(o, ensure_ascii=False)}\n", "ingestionTime": ms + k * 200 + 900,
                       "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 10 + k)})
    J(base, {"events": ev, "searchedLogStreams": []})

def w_har(c, base, pairs):
    ents = []
    for a, b, m in pairs:
        ents.append({"startedDateTime": m["ts"], "time": 230,
                     "request": {"method": "POST", "url": f"https://{host(c)}/", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                 "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(a, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(b, ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 9}})
    J(base, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": ents}})

def w_google_array(c, base, pairs):
    J(base, [{"request": a, "response": b} for a, b, _ in pairs])

def w_transcript(c, base, pairs):
    L, last = [], None
    for a, b, m in pairs:
        if m["sid"] != last:
            L.append(f"# session {m['sid']}")
            last = m["sid"]
        L.append(f"[{m['ts']}] USER: {m['utt']}")
        L.append(f"[{m['ts']}] SKILL: {m['speech']}")
        if m["reprompt"]:
            L.append(f"[{m['ts']}] REPROMPT: {m['reprompt']}")
        L.append(f"[{m['ts']}] session_open={'false' if m['end'] else 'true'}")
    W(base, "\n".join(L) + "\n")

# -------- shapes new in this set
def w_junit(c, base, pairs):
    from xml.sax.saxutils import quoteattr
    tc = []
    for i, (a, b, m) in enumerate(pairs):
        tc.append(f'    <testcase classname="{c["slug"]}.conversation" name={quoteattr("turn %d: %s" % (i + 1, m["utt"]))} time="0.{100 + i}">\n'
                  f'      <system-out><![CDATA[REQUEST {json.dumps(a, ensure_ascii=False)}\nRESPONSE {json.dumps(b, ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
    W(base, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0">\n'
            '  <testsuite name="%s conversation" tests="%d" failures="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n'
      % (len(pairs), c["slug"], len(pairs), pairs[0][2]["ts"], "\n".join(tc)))

def w_ipynb(c, base, pairs):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} — replay of captured requests\n", "Requests are replayed against the dev endpoint; responses printed raw."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", f"ENDPOINT = 'https://{host(c)}/'\n",
              "def invoke(envelope):\n", "    return requests.post(ENDPOINT, json=envelope).json()"]}]
    for i, (a, b, m) in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": [f"# {m['utt']}\n", f"req = {json.dumps(a, ensure_ascii=False)}\n", "print(json.dumps(invoke(req), ensure_ascii=False))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [json.dumps(b, ensure_ascii=False) + "\n"]}]})
    J(base, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                          "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})

def w_mitm(c, base, pairs):
    L = []
    for a, b, m in pairs:
        body, rb = json.dumps(a, ensure_ascii=False, indent=2), json.dumps(b, ensure_ascii=False, indent=2)
        L.append(f"{m['ts']} 10.0.2.15:51{len(L) % 90:02d}: POST https://{host(c)}/\n    Host: {host(c)}\n    Content-Type: application/json; charset=utf-8\n"
                 f"    User-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_372)\n\n{body}\n\n << 200 OK {len(rb)}b\n    Content-Type: application/json\n\n{rb}\n")
    W(base, "\n".join(L))

def w_snap(c, base, pairs):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (a, b, m) in enumerate(pairs):
        L.append(f"exports[`{c['slug']} conversation turn {i + 1:02d} {m['intent']} 1`] = `\n" +
                 json.dumps({"requestType": a.get("request", {}).get("type") if isinstance(a.get("request"), dict) else m["intent"],
                             "utterance": m["utt"], "session": m["sid"], "response": b}, ensure_ascii=False, indent=2).replace("`", "\\`") + "\n`;\n")
    W(base, "\n".join(L))

def w_csv(c, base, pairs):
    s = io.StringIO()
    wr = csv.writer(s)
    wr.writerow(["session_id", "turn", "timestamp", "locale", "intent", "utterance", "output_speech_raw", "reprompt_raw", "should_end_session"])
    turn, last = 0, None
    for a, b, m in pairs:
        turn = turn + 1 if m["sid"] == last else 1
        last = m["sid"]
        if c["plat"] == "alexa":
            r = b["response"]
            osp = r.get("outputSpeech", {})
            rp = r.get("reprompt", {}).get("outputSpeech", {})
            wr.writerow([m["sid"], turn, m["ts"], c["loc"], m["intent"], m["utt"], osp.get("ssml", osp.get("text", "")),
                         rp.get("ssml", rp.get("text", "")), "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
        else:
            wr.writerow([m["sid"], turn, m["ts"], c["loc"], m["intent"], m["utt"], m["speech"], m["reprompt"], str(m["end"]).lower()])
    W(base, s.getvalue())

SHAPES = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
          "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog, "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json,
          "har": w_har, "gactions-conversation": w_google_array, "dialogflow-webhook": w_google_array, "gactions-scene": w_google_array,
          "transcript": w_transcript, "junit-xml": w_junit, "notebook": w_ipynb, "mitm-dump": w_mitm, "jest-snapshot": w_snap, "csv-export": w_csv}

# ---------------------------------------------------------------- projects
def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def project(c, root):
    loc = c["loc"]
    if c["plat"] == "alexa":
        pub = {"locales": {loc: {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                                 "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                                 "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icons/small.png",
                                 "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icons/large.png"}},
               "isAvailableWorldwide": False, "distributionCountries": [loc.split("-")[1]],
               "testingInstructions": c.get("testing", "Open the skill and follow the prompts."), "category": c.get("category", "GAMES")}
        pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
              "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
        if c.get("pp"):
            pc["locales"] = {loc: {"privacyPolicyUrl": c["pp"], "termsOfUseUrl": c["pp"].rsplit("/", 1)[0] + "/terms"}}
        m = {"manifest": {"publishingInformation": pub, "apis": {"custom": {"endpoint": {"uri": endpoint(c)}, "interfaces": c.get("interfaces", [])}},
                          "manifestVersion": "1.0", "privacyAndCompliance": pc}}
        if c.get("perms"):
            m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
        if c.get("linking"):
            m["manifest"]["apis"]["custom"]["_accountLinking"] = "see account-linking.json"
            J(f"{root}/skill-package/accountLinking.json", {"accountLinkingRequest": {"type": "AUTH_CODE", "authorizationUrl": c["linking"], "accessTokenUrl": c["linking"].replace("authorize", "token"),
                                                                                     "clientId": "alexa-" + c["slug"], "scopes": ["profile", "account:read"], "domains": [], "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False}})
            del m["manifest"]["apis"]["custom"]["_accountLinking"]
        J(f"{root}/skill-package/skill.json", m)
        for l in [loc] + c.get("extra_locales", []):
            intents = [{"name": n, **({"slots": [{"name": k, "type": v} for k, v in sl.items()]} if sl else {}), "samples": smp} for n, sl, smp in c["intents"]]
            intents += [{"name": f"AMAZON.{x}Intent", "samples": []} for x in ("Cancel", "Help", "Stop", "NavigateHome", "Fallback")]
            types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in c.get("types", {}).items()]
            J(f"{root}/skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
        J(f"{root}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                          "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
        if c.get("code"):
            W(f"{root}/lambda/index.js", c["code"])
    elif c["plat"] == "builder":
        lines = ["defaultLocale: " + loc.split("-")[0] if True else "", "projectId: " + c["slug"], "localizedSettings:",
                 "  displayName: " + yaml_str(c["name"]), "  pronunciation: " + yaml_str(c["inv"]),
                 "  shortDescription: " + yaml_str(c["desc"][:80]), "  fullDescription: " + yaml_str(c["desc"]),
                 "  developerName: " + yaml_str(c.get("dev", "Studio " + c["slug"].split("-")[0].title())),
                 "  developerEmail: dev@" + c["slug"] + ".example.org"]
        if c.get("pp"):
            lines.append("  privacyPolicyUrl: " + c["pp"])
        lines += ["category: " + c.get("gcat", "GAMES_AND_TRIVIA"), "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
                  "designedForFamily: " + str(c.get("child", False)).lower(), "localizedSettings_note: null"]
        lines = [x for x in lines if not x.startswith("localizedSettings_note")]
        W(f"{root}/sdk/settings/settings.yaml", "\n".join(lines) + "\n")
        W(f"{root}/sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: Main\n")
        W(f"{root}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" + "".join(f"- name: {n.lower()}\n" for n, _, _ in c["intents"]) + "httpsEndpoint:\n  baseUrl: " + endpoint(c) + "\n")
        for n, sl, smp in c["intents"]:
            t = ["trainingPhrases:"] + [f"- {yaml_str(s)}" for s in smp]
            if sl:
                t += ["parameters:"] + [f"- name: {k}\n  type:\n    name: {v}" for k, v in sl.items()]
            W(f"{root}/sdk/custom/intents/{n}.yaml", "\n".join(t) + "\n")
        for tn, vals in c.get("types", {}).items():
            W(f"{root}/sdk/custom/types/{tn}.yaml", "synonym:\n  entities:\n" + "".join(f"    {yaml_str(v)}:\n      synonyms:\n      - {yaml_str(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        scene = ["onEnter:\n  webhookHandler: main", "intentEvents:"] + [f"- intent: {n}\n  handler:\n    webhookHandler: {n.lower()}" for n, _, _ in c["intents"]]
        if c.get("noinput"):
            scene += ["- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: " + yaml_str(c["noinput"])]
        W(f"{root}/sdk/custom/scenes/Main.yaml", "\n".join(scene) + "\n")
        W(f"{root}/sdk/manifest.yaml", "version: \"1.0\"\n")
    elif c["plat"] == "sdkv2":
        a = {"locale": loc, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("gcat", "GAMES_AND_TRIVIA"),
                                          "shortDescription": c["desc"][:80], "longDescription": c["desc"]},
             "actions": [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
                          "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}] +
                        [{"description": n, "name": n, "fulfillment": {"conversationName": c["slug"]},
                          "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in sl.items()], "trigger": {"queryPatterns": smp}}} for n, sl, smp in c["intents"]],
             "conversations": {c["slug"]: {"name": c["slug"], "url": endpoint(c), "fulfillmentApiVersion": 2}},
             "types": [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in c.get("types", {}).items()]}
        if c.get("pp"):
            a["manifest"]["privacyUrl"] = c["pp"]
        J(f"{root}/action.json", a)
    else:  # dialogflow
        lg = loc.split("-")[0] if loc != "pt-BR" else "pt-br"
        ag = {"description": c["desc"], "language": lg, "shortDescription": c["desc"][:80], "disableInteractionLogs": False,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c.get("project", "agent-" + hx(c["id"], n=6)), "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
              "webhook": {"url": endpoint(c), "available": True}, "displayName": c["name"], "invocationName": c["inv"]}
        if c.get("pp"):
            ag["privacyPolicyUrl"] = c["pp"]
        J(f"{root}/agent.json", ag)
        J(f"{root}/package.json", {"version": "1.0.0"})
        for n, sl, smp in [("Default Welcome Intent", {}, [])] + c["intents"]:
            J(f"{root}/intents/{n}.json", {"id": uid(c["id"], n), "name": n, "auto": True, "contexts": [], "webhookUsed": True,
                                           "responses": [{"resetContexts": False, "parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in sl.items()], "messages": []}],
                                           "events": [{"name": "WELCOME"}] if n.startswith("Default Welcome") else []})
            if smp:
                us = []
                for s in smp:
                    parts = []
                    for tok in re.split(r"(\{\w+\})", s):
                        if not tok:
                            continue
                        mm = re.fullmatch(r"\{(\w+)\}", tok)
                        parts.append({"text": tok, "userDefined": False} if not mm else {"text": mm.group(1), "alias": mm.group(1), "meta": sl.get(mm.group(1), "@sys.any"), "userDefined": True})
                    us.append({"id": uid(c["id"], n, s), "data": parts, "isTemplate": False, "count": 0})
                J(f"{root}/intents/{n}_usersays_{lg}.json", us)
        for tn, vals in c.get("types", {}).items():
            J(f"{root}/entities/{tn}.json", {"id": uid(c["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            J(f"{root}/entities/{tn}_entries_{lg}.json", [{"value": v, "synonyms": [v]} for v in vals])

def render_case(c, out):
    c.setdefault("slug", c["id"].split("-", 1)[1])
    root = os.path.join(out, "cases", c["id"])
    project(c, root)
    shapes = []
    for ri, rec in enumerate(c["recs"]):
        path, shape, sessions = rec[:3]
        start = rec[3] if len(rec) > 3 else "2024-05-%02dT18:%02d:00" % (3 + ri * 9, 10 + ri)
        pairs = PAIRS[c["plat"]](c, sessions, start, f"r{ri}")
        SHAPES[shape](c, os.path.join(root, path), pairs)
        if shape not in shapes:
            shapes.append(shape)
    for extra_path, text in c.get("files", {}).items():
        W(os.path.join(root, extra_path), text)
    return {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
