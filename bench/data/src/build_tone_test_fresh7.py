"""Write ../tone_test_fresh7.jsonl: a seventh held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets11 on 2026-12-07 (stop 29) from
general knowledge, before that stop's tuning and without reading the detector's word lists or the
earlier tone sets' texts. Every person, ID and number is made up.

Shapes new to the tone sets:

Abusive (about half): passive-aggressive digs at the reader ("per my last email, since reading
is apparently optional"); threats to post online that carry an insult; insults in Spanish slang
(Mexican, Caribbean, Central American, Rioplatense, Spain) and Spanglish; insults with censored
letters ("f***ing idiots", "a$$holes", "sh!t for brains"); sarcastic "genius", "Einstein",
"rocket scientist"; insults in SMS abbreviations ("u r useless", "ur a joke"), in all-lowercase,
in all-caps, with emoji (🤡, 🙄, 💩); insults under a quoted agent reply ("> ..."); insults in a
chat-widget transcript; insults written by a caregiver for a parent; insults after a polite
opening; mock thanks ("thanks for nothing, morons").

Civil (the other half): civil all-caps shouting; angry but civil complaints; swearing at a thing
or situation ("this f***ing portal", "the damn hold music"); quoting someone else's rude words
("the receptionist called me a moron"); rude words about oneself; honest threats to review,
complain or sue with no insult; strong words about a third party (a collector, an ex, a
hospital); SMS and emoji anger; sarcasm about the situation rather than the reader; words that
look rude in a medical or everyday sense ("a dumb phone", "a killer migraine", "the Dick Clark
show", "sucker punch"); caregivers at the end of their rope; Spanish and Spanglish frustration
with no insult.

About a fifth Spanish or Spanglish. Scored only in aggregate: `bench/tone.py --fresh7`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set  # noqa: E402

ABUSIVE = [
    # passive-aggressive, aimed at the reader
    "Per my last three emails, since reading is apparently optional for you people: my claim "
    "is still wrong.",
    "Let me type slowly so even your staff can follow along. The. Card. Never. Came.",
    "Not sure what they teach you in training, but clearly it isn't how to do your job, you "
    "useless bunch.",
    "I'll explain it again, since the last agent was too dim to understand it the first time.",
    "Gosh, another form. You lot must have a real talent for incompetence.",
    "Bless your heart, you tried. You're just not smart enough for this job, are you?",
    "As I told your clueless coworker yesterday, the bill was paid.",
    "Kindly ask someone with a working brain to read my file this time.",
    # threats to post online with an insult
    "I'm posting this whole thread on Reddit so everyone can see what morons run this place.",
    "Enjoy your one-star review, you bunch of lying crooks.",
    "Going on TikTok tonight to tell the world how useless and stupid your agents are.",
    "Every Facebook group I'm in is about to hear what a pack of clowns you are.",
    "I'll be leaving a Google review about the idiots in your billing department.",
    "Yelp is going to love hearing about the brainless zombies at your call center.",
    # censored letters
    "You f***ing idiots denied my kid's inhaler again.",
    "What a bunch of a$$holes. Pay the damn claim.",
    "u guys r sh!t for brains, i've sent the form 4 times",
    "Listen here you f#cking clowns, I want a supervisor.",
    "you're all a bunch of b*stards, you know that?",
    "Fix it, you stup!d p!eces of garbage.",
    "Y'all are some d*mb a** people over there.",
    "Incompetent m0r0ns, the lot of you.",
    # sarcastic genius / Einstein
    "Great job, genius. You sent my card to my ex-husband.",
    "Which Einstein decided to deny an ambulance ride as 'not medically necessary'?",
    "Nice work, rocket scientist, you billed me twice.",
    "Oh wow, what a genius you are, closing my ticket without answering it.",
    "Congrats, Sherlock, you finally found my claim. Only took a month, you dunce.",
    "Another brilliant move from the geniuses in your claims department. Truly brain dead.",
    # SMS, lowercase, caps, emoji
    "u r useless. like actually useless 🙄",
    "ur a joke and so is ur company 🤡",
    "wow ur all so dumb its almost impressive",
    "YOU ARE THE MOST INCOMPETENT PEOPLE I HAVE EVER DEALT WITH",
    "EVERY SINGLE ONE OF YOU IS AN IDIOT",
    "r u stupid or just pretending to be",
    "lol ur agents are 💩",
    "stfu and fix my claim u clowns",
    "omg ur so slow, r u even human?? useless bot-brain",
    "ur staff is braindead fr",
    # quoted agent reply, then insult
    "> Thanks for your patience, we're looking into it.\nYou said that last week too, you "
    "lying idiot.",
    "> Is there anything else I can help with?\nYeah, find a job you're not too stupid for.",
    "> Please allow 30 days for processing.\n30 days?? You brain-dead morons.",
    "> We apologize for the inconvenience.\nShove your apology, you worthless clowns.",
    # chat transcript
    "[10:02] Me: still waiting\n[10:03] Agent: One moment please\n[10:09] Me: you're "
    "seriously the dumbest agent I've ever talked to",
    "Chat:\nBot: How can I help?\nMe: get me a human, not you, you useless pile of code "
    "and your useless idiot bosses",
    # caregiver
    "I'm my mother's caregiver and you idiots have made her cry twice this week.",
    "My dad is 90 and you heartless pigs won't pay for his wheelchair.",
    # polite opening, then insult
    "Hello, I hope you're well. You're also completely incompetent, but I hope you're well.",
    "Good morning! Just wanted to say your team is a bunch of lazy, useless slugs. Have a "
    "nice day.",
    "Hi there, quick question: are you all this stupid on purpose?",
    # mock thanks
    "Thanks for nothing, morons.",
    "Thank you so much for being the worst, most clueless company on earth.",
    "Appreciate you, you absolute waste of oxygen.",
    # Spanish slang, Spanglish
    "Son unos pendejos, ya les mandé los papeles tres veces.",
    "Qué bola, ustedes son unos comemierdas, ¿dónde está mi tarjeta?",
    "Ustedes son unos babosos, no saben hacer nada.",
    "Manga de inútiles, me cobraron doble.",
    "Sois unos gilipollas, pagad la factura de una vez.",
    "Bola de idiotas, me negaron la cita otra vez.",
    "Son una partida de sinvergüenzas y ladrones.",
    "Qué tarados son, no pueden ni mandar una carta bien.",
    "Pinches inútiles, contesten el teléfono.",
    "Ustedes los de seguros son unos cabrones sin corazón.",
    "Eres una bruta, te dije que era la receta de mi mamá.",
    "You guys are so pendejos, I swear.",
    "Bunch of inútiles, my claim is STILL pending.",
    "Ya me cansé de ustedes, stupid idiots, arréglenlo.",
    "Your agent es un imbécil, I want someone else.",
    "Qué mensos son, my appeal was due yesterday.",
    "ustedes son unas ratas, robándole a la gente enferma",
    "Ese agente es un payaso, no sabe nada.",
    "Son unos huevones, llevo un mes esperando.",
    "Your call center está lleno de idiotas.",
]

CIVIL = [
    # civil all-caps
    "I HAVE CALLED FOUR TIMES ABOUT THIS CLAIM. PLEASE, SOMEONE, HELP ME.",
    "THIS IS THE THIRD LETTER I'VE SENT. I NEED AN ANSWER BY FRIDAY.",
    "WHY IS MY CLAIM STILL PENDING? IT HAS BEEN SIX WEEKS.",
    "I AM NOT ANGRY AT YOU. I AM ANGRY AT THE SITUATION. PLEASE FIX IT.",
    "SORRY FOR THE CAPS, MY EYESIGHT IS POOR. WHERE IS MY CARD?",
    "PLEASE STOP SENDING ME BILLS FOR SOMETHING I ALREADY PAID!!!",
    # angry but civil
    "I'm furious. This is the third denial for the same medicine and nobody explains why.",
    "This is unacceptable. I expect a call from a supervisor today.",
    "I'm fed up with waiting. Please escalate my appeal.",
    "Frankly this has been the worst customer experience of my life. I want it fixed.",
    "You promised a callback and nobody called. I'm very disappointed.",
    "I'm so angry I could scream. My daughter's surgery is in two days and there's no "
    "approval.",
    "I'm livid about the premium increase. Can someone explain it to me?",
    "Honestly I'm losing patience. This is the fourth time I've explained this.",
    # swearing at a thing or situation
    "This f***ing portal logged me out again. How do I see my EOB?",
    "The damn hold music has been playing for 50 minutes.",
    "This whole system is a sh*tshow, but I know it's not your fault. What do I do next?",
    "ugh this stupid app crashed again 🙄 can u send the form by email",
    "What a hell of a week. Can you tell me if the MRI was approved?",
    "the bloody letter came with no return address, who do I send it to?",
    "My crappy phone won't open the PDF. Can you mail a paper copy?",
    "This insurance stuff is such BS. Anyway, is my son covered at college?",
    "Goddamn printer ate my claim form. Can I send a photo instead?",
    "This sucks. My deductible reset and I'm back to square one.",
    "wtf is a 'CARC code'?? the EOB is full of them",
    "Holy crap, the hospital bill is huge. Is there help for this?",
    # quoting someone else's rude words
    "The receptionist at the clinic called me a moron in front of everyone. Can I complain "
    "about a provider?",
    "My ex told me I'm 'too stupid to handle insurance'. I'd like to prove him wrong: how do "
    "I add my kids?",
    "The collector said 'pay up, you deadbeat'. Is that even allowed?",
    "My neighbor says you're all crooks, but you've always been decent to me. Quick question "
    "about my card.",
    "The pharmacist muttered 'idiot' when I asked about the price. Is the copay really this "
    "high?",
    "My son yelled 'this insurance is garbage' at the TV, but I just want to know the ER "
    "copay.",
    "The billing guy at the hospital called our insurance 'useless clowns', his words not "
    "mine. Did you get the claim?",
    "My doctor's nurse said 'those idiots at the insurance company' — I don't agree, I just "
    "want to know if the auth went through.",
    # rude words about oneself
    "I'm such an idiot, I sent the form to the wrong address. Can you send a new one?",
    "Stupid me, I forgot to pay the premium. Is there a grace period?",
    "I'm a total mess today, sorry. What's my member ID?",
    "Dumb question probably, but what's a deductible?",
    "I feel like a moron for asking, but do I pay the EOB?",
    # lawful threats and honest reviews, no insult
    "If this isn't sorted by Friday the 11th, I'm taking it to the state insurance regulator.",
    "I'll be writing an honest review about how long this took.",
    "I'm talking to a lawyer about the denial. Please send me the full claim file.",
    "I'll post about my experience online if nothing changes, but I'd rather you just fix it.",
    "I'm going to my state representative about this. Please treat it as urgent.",
    # strong words about a third party
    "That collection agency is a bunch of vultures. They call me at 7am.",
    "The hospital's billing office is a nightmare, they lost my payment twice.",
    "My ex is a deadbeat who dropped the kids from his plan. Can I add them to mine?",
    "The ambulance company is ripping me off, $2,000 for a ten-minute ride.",
    "The surgery center's front desk was rude and useless. Does my claim show their bill?",
    "Those scammers calling me pretending to be from your company are relentless. Is this "
    "number really yours?",
    # SMS and emoji anger, no insult
    "omg im so done with this 😤 where is my card",
    "ugh 😩 still no answer on my appeal",
    "seriously?? they said no AGAIN?? 😡 what paperwork do u need",
    "smh the bill is wrong again pls fix",
    "this is ridiculous 🙃 3 weeks and nothing",
    "wtf why is my premium higher this month",
    # sarcasm about the situation
    "Oh great, another letter that says 'this is not a bill'. Very helpful. What does it mean?",
    "Love spending my lunch break on hold. What's the status of my claim?",
    "Nothing says Monday like a surprise $900 bill. Can you check it?",
    "Fantastic, the portal's down again. Can you look up my deductible?",
    "Well, that went great. The pharmacy says my card doesn't work.",
    # words that look rude in everyday or medical sense
    "I have a killer migraine and need to know if the neurologist is in network.",
    "My dumb phone can't open links. Can you text the number instead?",
    "I got sucker punched at a bar and broke my nose. Is the ENT visit covered?",
    "Is Dr. Richard 'Dick' Hollander in network?",
    "My son has a nasty case of pink eye, do I need a referral?",
    "The bloody nose wouldn't stop so we went to urgent care. Is that covered?",
    "My back is screwed up from lifting, is chiro covered?",
    "The cockatoo bit my finger, lol, is urgent care covered?",
    # caregivers at the end of their rope
    "I'm caring for my mother with dementia and I'm exhausted. Please just tell me what form "
    "you need.",
    "I'm at the end of my rope with her bills. Is there anyone who can walk me through this?",
    "I'm my dad's POA and I'm so tired of fighting for every claim. What's the next step?",
    # Spanish and Spanglish frustration, no insult
    "Estoy harta, llevo un mes esperando mi tarjeta.",
    "¡Qué coraje! Me volvieron a negar el reclamo. ¿Qué hago?",
    "Ya no sé qué hacer, me cobran algo que ya pagué.",
    "Estoy muy molesta con el servicio, nadie me contesta.",
    "Me dijeron en la clínica 'ustedes siempre traen mal los papeles', pero yo los traje "
    "bien. ¿Me ayudan?",
    "Maldito portal, no me deja entrar. ¿Me mandan la carta por correo?",
    "Estoy frustrado, my claim keeps getting denied. ¿Qué necesitan?",
    "Qué desesperación, llevo una hora en espera.",
    "Ay, qué tonta soy, se me olvidó pagar la prima. ¿Todavía tengo cobertura?",
    "The hospital me mandó otra factura, ¿es correcto?",
    "Mi suegra dice que son unos ladrones, pero yo solo quiero saber el copago.",
    "Estoy hasta la madre de esperar, por favor revisen mi apelación.",
    "Voy a poner una queja con el estado si no me resuelven.",
    "No es con usted, pero esta situación me tiene muy estresada.",
]

out = write_tone_set("tone_test_fresh7.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
