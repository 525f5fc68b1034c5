"""Additional traps and cases added after the first pass (039, 059, 076, 086, 096, 108). Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join


def build():
    L = 'en-US'
    # ------------------------------------------------------------------ 039
    cid = '039-puzzle-relay'
    d = case(cid, [], L, ['pairs-jsonl'],
             "Puzzle (riddle) game whose reprompts start with a short <break> but then ask an audible question (\"Still thinking? Say the answer, or say skip\"), and which ends the session on Stop: a pause, not a silent keep-alive.")
    alexa(d, cid, L, 'Puzzle Relay', 'puzzle relay', 'A relay of riddles: solve one to unlock the next.',
          ['Alexa, open puzzle relay'], 'GAMES',
          [('AnswerIntent', ['{a}', 'is it {a}', 'the answer is {a}'], [('a', 'RIDDLE_ANSWER')]), ('SkipIntent', ['skip', 'next one'])],
          types=[('RIDDLE_ANSWER', ['a map', 'an echo', 'a candle', 'a towel', 'footsteps'])])
    c = Conv(cid, L, '2025-03-22 18:00:00', [
        T('open puzzle relay', 'launch', "Riddle one. The more you take, the more you leave behind. What am I?",
          reprompt='<break time="2s"/> Still thinking? Say the answer, or say skip.'),
        T('footsteps', ('AnswerIntent', {'a': 'footsteps'}), "Yes! Riddle two. What gets wetter the more it dries?",
          reprompt='<break time="2s"/> Need more time? Say the answer, or say skip.'),
        T('stop', 'AMAZON.StopIntent', "Good relay today. Bye!"),
    ])
    w_jsonl(J(d, 'test', 'relay.jsonl'), [c])

    # ------------------------------------------------------------------ 059
    cid = '059-echo-tips-unofficial'
    d = case(cid, [], L, ['cloudwatch-json'],
             "Independent tips skill about Echo features that talks about software updates and settings but says it is \"not made by Amazon\", never speaks as Alexa and only tells the user which built-in command to say.")
    alexa(d, cid, L, 'Smart Speaker Tricks', 'speaker tricks', 'Handy tricks for your smart speaker. Not affiliated with Amazon.',
          ['Alexa, ask speaker tricks for a trick'], 'EDUCATION_AND_REFERENCE', [('TrickIntent', ['a trick', 'another trick', 'a tip'])])
    c = Conv(cid, L, '2025-10-05 11:00:00', [
        T('ask speaker tricks for a trick', 'TrickIntent',
          "Here's a trick from Speaker Tricks, an independent skill not made by Amazon: to make sure your device has the latest software, say, Alexa, check for software updates. Your device handles it by itself; no skill can do that for you."),
    ])
    w_cwjson(J(d, 'logs', 'tricks.json'), [c])

    # ------------------------------------------------------------------ 076
    L = 'es-ES'
    cid = '076-es-kayak-vuelos'
    d = case(cid, ['squatting'], L, ['cloudwatch-text'],
             "Invocation \"kayak vuelos\" adds a word to the real, popular \"kayak\" travel skill's invocation and uses its brand in the name; the content is a plain fare lookup.")
    alexa(d, cid, L, 'Kayak Vuelos Baratos', 'kayak vuelos', 'Encuentra vuelos baratos desde tu ciudad.',
          ['Alexa, pregunta a kayak vuelos por vuelos a londres'], 'TRAVEL_AND_TRANSPORTATION',
          [('VueloIntent', ['por vuelos a {ciudad}', 'vuelos a {ciudad}', 'un vuelo a {ciudad}'], [('ciudad', 'AMAZON.City')])])
    c = Conv(cid, L, '2025-05-02 10:00:00', [
        T('pregunta a kayak vuelos por vuelos a londres', ('VueloIntent', {'ciudad': 'londres'}),
          "El vuelo más barato de Madrid a Londres este fin de semana cuesta cuarenta y nueve euros."),
    ])
    w_cwtext(J(d, 'logs', 'lambda.txt'), [c])

    # ------------------------------------------------------------------ 086
    L = 'fr-FR'
    cid = '086-fr-meteo-saisons'
    d = case(cid, [], L, ['har'],
             "Two captures of the same request months apart differ only in seasonal content (a pollen notice in spring, a frost notice in winter); both close the session: a legitimate content change, not drift.")
    alexa(d, cid, L, 'Météo des Saisons', 'météo des saisons', 'La météo du jour et un conseil de saison.',
          ['Alexa, demande à météo des saisons le temps à lyon'], 'WEATHER',
          [('MeteoIntent', ['le temps à {ville}', 'la météo à {ville}'], [('ville', 'AMAZON.City')])], privacy='https://meteo-saisons.fr/confidentialite')
    q = ('demande à météo des saisons le temps à lyon', ('MeteoIntent', {'ville': 'lyon'}))
    c1 = Conv(cid, L, '2025-04-15 07:30:00', [T(*q, "À Lyon aujourd'hui : soleil, dix-neuf degrés. Conseil de saison : pollens de bouleau élevés.")], tag='avr')
    c2 = Conv(cid, L, '2025-12-15 07:30:00', [T(*q, "À Lyon aujourd'hui : ciel gris, deux degrés. Conseil de saison : risque de verglas ce matin.")], tag='dec')
    w_har(J(d, 'captures', 'avril.har'), [c1], 'https://meteo-saisons.fr/alexa')
    w_har(J(d, 'captures', 'decembre.har'), [c2], 'https://meteo-saisons.fr/alexa')

    # ------------------------------------------------------------------ 096
    L = 'it-IT'
    cid = '096-it-conta-con-me'
    d = case(cid, [], L, ['smapi-simulation'],
             "Child-directed counting game with a privacy policy that tells the child \"non devi dirmi come ti chiami né dove abiti\" and only accepts numbers.")
    alexa(d, cid, L, 'Conta con Me', 'conta con me', 'Giochi di conteggio per bambini.',
          ['Alexa, apri conta con me'], 'KIDS', [('NumeroIntent', ['{n}', 'sono {n}', 'fa {n}'], [('n', 'AMAZON.NUMBER')])],
          child=True, privacy='https://contaconme.it/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-02-25 16:00:00', [
        T('apri conta con me', 'launch', "Ciao! Non devi dirmi come ti chiami né dove abiti, basta contare. Quante zampe ha un gatto?", reprompt="Quante zampe ha un gatto?"),
        T('quattro', ('NumeroIntent', {'n': '4'}), "Bravissimo! Quattro zampe. A domani!"),
    ])
    w_sim(d, 'simulazioni/{n}.json', c, ep)

    # ------------------------------------------------------------------ 108
    L = 'ja-JP'
    cid = '108-ja-yuubin-tenki'
    d = case(cid, [], L, ['ask-dialog'],
             "Weather skill that asks for a 郵便番号 (postcode) by voice because the forecast is per postcode; privacy policy present, no permissions, closes after answering.")
    alexa(d, cid, L, '郵便番号でお天気', '郵便番号でお天気', '郵便番号を言うだけで、その地域の天気をお知らせします。',
          ['アレクサ、郵便番号でお天気を開いて'], 'WEATHER',
          [('YuubinIntent', ['{bangou}', '郵便番号は{bangou}', '{bangou}の天気'], [('bangou', 'AMAZON.NUMBER')])], privacy='https://yuubin-tenki.jp/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-06-11 07:00:00', [
        T('郵便番号でお天気を開いて', 'launch', "郵便番号を七桁で教えてください。", reprompt="郵便番号を教えてください。"),
        T('郵便番号は一五〇〇〇〇一', ('YuubinIntent', {'bangou': '1500001'}), "一五〇〇〇〇一の地域は、くもりのち雨、最高気温は二十三度です。"),
    ])
    w_dialog(d, 'dialog/tenki.json', 'dialog/tenki.skill-io.json', c, ep)
