"""Write ../tone_test_fresh10.jsonl: a tenth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets14 on 2026-12-07 (stop 32) from
general knowledge, before that stop's tuning and without reading the detector's word lists or the
earlier sets' texts (only README's line between abusive and civil): an insult or contempt aimed at
the reader, the team or an agent is abusive; swearing at a thing or a situation, anger without an
insult, a threat to sue or complain stated without an insult, quoting or reporting someone else's
insult, and rude words about oneself are civil. Every person, ID and number is made up.

Shapes:

Abusive (70): plain insults with and without "you"; insults about the agent's intelligence,
competence or worth; contempt ("talking to you is like talking to a wall of idiots"); swearing
aimed at the reader, spelt out, masked or spaced ("f u", "s.t.f.u", "go to h3ll"); insults in
voice-to-text run-ons and in long polite-looking messages; insults as comparisons ("a trained
monkey would do better"); sarcastic contempt ("congrats on being the dumbest company alive");
insults in Spanish and Spanglish ("son unos mediocres", "bola de inútiles", "you people are
pendejos"); caregivers insulting the team on behalf of a parent; insults under a claim number or
an EOB quote; name-calling an agent by name.

Civil (80): near misses with the same words aimed elsewhere: swearing at the bill, the portal,
the day, the disease ("this damn portal", "what the hell is CARC 97", "cancer is a bitch");
threats to sue, to go to the regulator, the press or the employer, stated without an insult; all
caps anger; strong words about oneself ("I'm an idiot, I paid it twice"); quoting what a
collector, an ex or a neighbour called the member; medical words that look rude (Dick as a name,
"screw" in a surgery, "balls of my feet", "sucks" of a pump, "sputum"); praise in strong words
("you guys are killer", "damn good service"); Spanish frustration without insults ("qué coraje",
"estoy harta de esta factura"); sarcasm about the system without insulting a person.

Scored only in aggregate: `bench/tone.py --fresh10`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set  # noqa: E402

ABUSIVE = [
    # plain insults at the reader or the team
    "you people are complete idiots, how hard is it to pay a claim",
    "are you stupid or just pretending? I sent the form three times",
    "what a bunch of incompetent clowns",
    "your agents are morons, every single one of them",
    "listen you moron, the ER visit was an EMERGENCY",
    "I've never dealt with such useless people in my life",
    "thanks for nothing, you worthless hacks",
    "is anyone there with a functioning brain?",
    "you absolute imbecile, I said the 14th not the 4th",
    "dumbest customer service on the planet, congrats",
    "a trained monkey could process a claim faster than you lot",
    "talking to you is like talking to a wall of idiots",
    "you're a joke of a company run by fools",
    "your 'team' is a pack of liars and thieves",
    "Keisha is a clueless airhead and I want someone else",
    "the guy I talked to yesterday was a total dipshit",
    "you greedy bloodsuckers denied my chemo",
    "scumbags. that's what you all are. scumbags.",
    "shut up and pay the claim, loser",
    "you're pathetic. Do your job.",
    # swearing aimed at the reader
    "f u and your prior authorization",
    "go to hell, all of you",
    "screw you people, I'm done",
    "fuck off with your 'we understand your frustration'",
    "s.t.f.u. with the scripts and fix my bill",
    "you can kiss my ass, I'm not paying that",
    "go to h3ll you thieving bastards",
    "eat sh*t, you useless insurance drones",
    "piss off, you bunch of pencil pushers",
    "bite me, claims department",
    "you dumb f*cks sent it to the wrong address again",
    "kiss my a** with your 'pending' status",
    # in run-ons and long messages
    "ok so i called again today and the lady was nice at first but then she put me on hold "
    "for 40 minutes and then hung up and honestly you are all brainless drones reading a "
    "script",
    "I have been patient. I have been polite. I sent every document you asked for, in order, "
    "with a cover letter. And still the claim sits there. At this point I can only conclude "
    "that your claims staff are simply too stupid to read.",
    "my mother is 84 years old and you idiots keep mailing her letters she can't understand, "
    "shame on every one of you",
    "writing for my dad because he can't: you heartless vultures should be ashamed",
    "claim 4471-2290 denied AGAIN. what is wrong with you people, are you all brain dead",
    "EOB says 'patient responsibility $1,215'. you clowns can't even add",
    "Dear Sir or Madam, I write to inform you that your representatives are incompetent "
    "fools and I expect a refund.",
    "hello?? anyone?? or are you all too lazy and useless to answer a message",
    # comparisons and sarcasm
    "my dog could run this company better than you morons",
    "a toddler with crayons would make fewer mistakes than your billing idiots",
    "congrats on being the most useless people I've ever talked to",
    "oh wow another brilliant answer from the genius squad. idiots.",
    "you must hire people specifically for being dumb",
    "I'd get better help from a brick than from you",
    "wow you're even dumber than the last agent",
    "gold medal in stupidity goes to your appeals department",
    # Spanish and Spanglish
    "son unos inútiles, no sirven para nada",
    "bola de mediocres, paguen el reclamo",
    "qué gente tan estúpida trabaja ahí",
    "ustedes son unos ladrones y unos sinvergüenzas",
    "you people are pendejos, I sent it twice",
    "no sean idiotas y lean lo que les mandé",
    "par de incompetentes, ya me cansé de ustedes",
    "son una bola de rateros, eso es lo que son",
    "malditos buitres, le negaron la cirugía a mi mamá",
    "eres un inútil, pásame con alguien que sepa",
    # name-calling and contempt
    "Derek you are an idiot, I said I already paid",
    "whoever wrote this letter is a complete dimwit",
    "your supervisor is as useless as you are",
    "you're a liar, plain and simple",
    "clown show. every single one of you.",
    "pathetic excuse for an insurance company, staffed by cretins",
    "stop being so damn stupid and look at the date",
    "you sniveling cowards won't even put a name on the letter",
    "what kind of idiot denies a newborn's checkup",
    "hey dumbass, the member ID is right there on the form",
    "honestly you're the most incompetent rep I've ever had the misfortune to deal with",
    "get a clue, you halfwits, the baby was born in MAY",
]

CIVIL = [
    # swearing at things, not people
    "this damn portal logged me out again",
    "what the hell is CARC 97 supposed to mean?",
    "cancer is a bitch and now this bill on top of it",
    "the bill is bullshit, I never had that test",
    "this whole system is fucked up, but I know it's not your fault",
    "what a crappy week. can you at least tell me if the claim is paid?",
    "the damn pharmacy ran out of my insulin again",
    "holy crap that's a big bill, is that right?",
    "this sh*t website won't load my EOB",
    "ugh, the hold music is driving me nuts",
    "my stupid phone autocorrected my member ID, sorry",
    "pissed off doesn't begin to cover it, but please just tell me the next step",
    # angry but no insult
    "I AM EXTREMELY UPSET. THIS IS THE THIRD DENIAL THIS YEAR.",
    "This is unacceptable. I want a supervisor to call me today.",
    "I'm furious that this is taking so long.",
    "I have been waiting six weeks and I am losing my patience.",
    "Frankly this is the worst experience I've had with any insurer.",
    "I'm so frustrated I could cry. Please help.",
    "Nobody has answered me in 10 days. This is not okay.",
    "I'm disappointed. I expected better after 12 years as a member.",
    "WHY IS MY CLAIM STILL PENDING",
    "Fix this. Now. I've been more than patient.",
    # legal and regulatory threats without insults
    "If this isn't fixed by Friday I'm filing a complaint with the state insurance department, and I mean it.",
    "My attorney will be contacting you about this denial.",
    "I will be reporting this to my HR department and to the Department of Labor.",
    "I'm going to the local news with this story.",
    "I intend to file for external review and to complain to the commissioner.",
    "Consider this my formal grievance.",
    "I'll see you in small claims court if I have to.",
    "I've already contacted my congressman's office about this.",
    # self-directed and reported insults
    "I'm an idiot, I paid the bill twice. Can I get one back?",
    "I feel so stupid for not checking if the lab was in network",
    "my ex called me a deadbeat because of this medical debt, can you help me fix it",
    "the collector called me a liar on the phone, is that allowed?",
    "my neighbour says you guys are crooks but I want to hear your side",
    "my son said 'they're idiots, mom' but I told him to let me handle it politely",
    "a review online called your company 'a bunch of thieves', is my claim safe?",
    "the receptionist told me 'don't be dumb, just pay it', is that how it works?",
    "I was a total moron and threw away the EOB. can I get another?",
    "dumb question probably, but what's a deductible vs a copay?",
    # medical and other words that look rude
    "Dr. Dick Harwell is my urologist, is he in network?",
    "they put a screw in my ankle, is the hardware billed separately?",
    "pain in the balls of my feet, does podiatry need a referral?",
    "my insulin pump sucks air sometimes, is a replacement covered?",
    "the sputum culture came back fine, why was it billed twice?",
    "I had a rectal exam, is that part of preventive care?",
    "is a Pap smear covered every year?",
    "the colonoscopy prep was hell but the procedure is paid, right?",
    "breast pump coverage question",
    "my butt still hurts from the shot, anyway, was it billed right?",
    "is a vasectomy covered on this plan?",
    "my son's hernia surgery, the nuts and bolts of it: what do we owe?",
    # praise in strong words
    "you guys are killer, thank you!",
    "damn good service today, thank you Marcus",
    "holy cow you fixed it in one call, you're amazing",
    "hell yes, the claim is paid! thank you!",
    "you're a lifesaver, seriously",
    "insanely helpful, thanks a ton",
    "I was ready to scream but you sorted it out, bless you",
    "best damn agent I've talked to all year",
    # Spanish frustration without insults
    "qué coraje me da esta factura, ¿me ayuda a entenderla?",
    "estoy harta de esta cuenta del hospital",
    "ya me cansé de llamar, por favor respóndanme",
    "no puede ser que me cobren esto, qué barbaridad",
    "estoy muy molesta, llevo un mes esperando",
    "esta página no sirve para nada, no carga mi tarjeta",
    "me voy a quejar con el departamento de seguros del estado",
    "perdón, fui una tonta y pagué dos veces",
    "maldita factura, ¿de verdad debo tanto?",
    "¡qué alivio! muchísimas gracias, son lo máximo",
    # sarcasm about the system, no person insulted
    "oh great, another letter that says 'this is not a bill'. very helpful design.",
    "love how the portal says 'processing' for 40 days. cool cool cool.",
    "fantastic, another form. just what I needed.",
    "the system is broken, but you've been kind, so thank you",
    "insurance is a racket, I know, I know. just tell me what I owe.",
    "what a ridiculous rule. but fine, how do I appeal?",
    "I'm not mad at you, I'm mad at the hospital",
    "sorry for yelling earlier, it's been a rough month",
    "honestly this bill is insane",
    "seriously?? $2,400 for a 10 minute ambulance ride??",
]

out = write_tone_set("tone_test_fresh10.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
