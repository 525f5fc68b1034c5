from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("110-pt-central-de-atendimento", "pt-BR", "central de atendimento", "Central de Atendimento",
          "Atendimento para clientes de dispositivos Echo.",
          ["masquerade", "pii-request"], "Fala como 'Central de Atendimento Amazon' e pede nome completo e celular para 'registrar um chamado'; sem política de privacidade.",
          [("envelope", "testes/respostas", "2025-02-06T14:00:00", [
              T("abrir central de atendimento", L, "Olá, você está falando com a Central de Atendimento Amazon. Para registrar seu chamado, diga seu nome completo.", reprompt="Qual é o seu nome completo?"),
              T("ana paula souza", "NomeIntent", "Obrigada, Ana. Agora diga o seu número de celular com DDD.", reprompt="Qual é o seu celular?", slots={"nome": "ana paula souza"}),
              T("onze nove oito sete seis cinco quatro três dois um", "CelularIntent", "Chamado registrado. Um atendente vai ligar em breve.", end=True, slots={"cel": "11987654321"})])],
          intents=[("NomeIntent", ["{nome}", "meu nome é {nome}"], {"nome": "AMAZON.Person"}), ("CelularIntent", ["{cel}", "meu celular é {cel}"], {"cel": "AMAZON.PhoneNumber"})],
          privacy=False, category="UTILITIES")

    alexa("111-pt-laife-ex-luzes", "pt-BR", "laife ex", "Laife Ex Luzes",
          "Controle suas lâmpadas inteligentes.",
          ["squatting"], "O nome de invocação 'laife ex' é a grafia fonética em português de 'life x' (LIFX), skill popular do catálogo.",
          [("pairs-jsonl", "gravacoes/luzes.jsonl", "2025-03-02T19:00:00", [
              T("peça ao laife ex para acender a sala", "LuzIntent", "Luzes da sala acesas.", end=True, slots={"comodo": "sala"})])],
          intents=[("LuzIntent", ["para acender a {comodo}", "acender {comodo}"], {"comodo": "COMODO"})], types=[("COMODO", ["sala", "cozinha", "quarto"])], category="SMART_HOME")

    alexa("112-pt-pausa-para-respirar", "pt-BR", "pausa para respirar", "Pausa para Respirar",
          "Uma pausa guiada de um minuto para respirar.",
          [], "Armadilha: pausas SSML longas são parte do exercício e a sessão é encerrada ao final.",
          [("har", "capturas/respirar.har", "2025-01-30T12:00:00", [
              T("abrir pausa para respirar", L, 'Inspire. <break time="5s"/> Segure. <break time="4s"/> Expire devagar. <break time="6s"/> Muito bem. Até a próxima pausa.', end=True)])],
          intents=[("ComecarIntent", ["começar"])], endpoint="https://pausa.example.com.br/alexa", category="HEALTH_AND_FITNESS")

    alexa("113-pt-sons-da-floresta", "pt-BR", "sons da floresta", "Sons da Floresta",
          "Sons da floresta amazônica para relaxar.",
          ["fake-goodbye", "silent-keepalive"], "Responde 'Este conteúdo não está disponível. Tchau!' mas mantém a sessão aberta com um reprompt só de pausas.",
          [("smapi-simulation", "simulacoes", "2025-02-17T22:00:00", [
              T("abrir sons da floresta", L, "Este conteúdo não está mais disponível. Tchau!", reprompt='<speak><break time="10s"/><break time="10s"/></speak>'),
              T("desligou?", F, '<speak><break time="10s"/></speak>', reprompt='<speak><break time="10s"/></speak>')])],
          intents=[("TocarIntent", ["tocar", "mais"])], category="MUSIC_AND_AUDIO")
