"""Write ../tone_test_fresh11.jsonl: an eleventh held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets15 on 2026-12-07 (stop 33) from
general knowledge, before that stop's tuning and without reading the detector's word lists (only
README's line between abusive and civil): an insult or contempt aimed at the reader, the team or
an agent is abusive; swearing at a thing or a situation, anger without an insult, a threat to sue
or complain stated without an insult, quoting or reporting someone else's insult, and rude words
about oneself are civil. Every person, ID and number is made up.

Shapes:

Abusive (70): insults inside bulleted lists and corrections ("correction: you're not lazy,
you're incompetent"); insults forwarded from a spouse ("my wife says you're a pack of
crooks and I agree"); insults in all caps and in lower case; insults as rhetorical questions
("were you people dropped on your heads?"); contempt disguised as politeness ("with all due
respect, you're a moron"); insults about the agent's job, family or education; insulting
comparisons to animals, children and machines; dehumanising contempt ("you're not even
people, you're a billing machine with a pulse"); masked swearing aimed at the reader ("f*** you",
"eat sh!t", "a-holes"); insults mixing English and Spanish in one sentence ("you're all unos
ratas"); Spanish insults ("son unos sinvergüenzas", "pinches incompetentes"); insults under a
portal screen name or a claim number.

Civil (80): swearing at the portal, the bill, the disease, the weather, the hold music; anger
in all caps without an insult; sarcasm about the system that names nobody; threats to complain to
the state, a lawyer, the employer or the press stated plainly; quoting insults from a collector,
an ex or a relative; rude words about oneself; medical and plan words that look rude ("Dick" as a
name, "bloody stool", "screws in my ankle", "nut allergy", "the pump sucks"); praise in strong
words ("you guys are wicked good", "bloody brilliant"); Spanish and Spanglish frustration without
insults; corrections and bullets.

Scored only in aggregate: `bench/tone.py --fresh11`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set  # noqa: E402

ABUSIVE = [
    # bullets and corrections
    "Things I've learned today:\n- your agents are clueless\n- your portal is trash\n- you're all liars",
    "correction to my last message: you're not lazy, you're just incompetent",
    "1. pay my claim\n2. stop being such useless morons",
    "update: still waiting, still dealing with the dumbest people alive",
    # forwarded / on behalf
    "my wife says you're a pack of crooks and honestly I agree with her",
    "forwarding this from my husband: 'tell those idiots to pay the ER bill'",
    "writing for my mom because the last agent was a condescending jerk to her",
    # caps and lower case
    "YOU ARE THE MOST INCOMPETENT COMPANY I HAVE EVER DEALT WITH, ALL OF YOU ARE MORONS",
    "you people are worthless. every single one of you",
    "ARE YOU ALL BRAINLESS OR WHAT",
    "useless. absolutely useless bunch of clowns",
    # rhetorical questions
    "were you people dropped on your heads as babies?",
    "does anyone at your company have more than two brain cells?",
    "how do idiots like you even get hired?",
    "is there a single competent human being working there?",
    "did you get your training from a cereal box, you dimwit?",
    # polite-looking contempt
    "with all due respect, you are a complete moron",
    "I'm sure you're trying your best, which is sad, because your best is pathetic",
    "kindly pass this to someone who isn't a total idiot",
    "no offense but you're the dumbest agent I've talked to this year",
    "bless your heart, you really are as stupid as you sound",
    # job, education, worth
    "you clearly failed out of everything else to end up in this job, loser",
    "a high school dropout could read an EOB better than you imbeciles",
    "you're a glorified button pusher and a bad one at that",
    "nobody with a brain would work for you crooks",
    # comparisons
    "a goldfish has a longer memory than your customer service",
    "I've had more helpful conversations with my toaster than with you, idiot",
    "a pack of chimps would run this company better than you clowns",
    "talking to you is like talking to a brick wall with a headset, you dolt",
    "my 4 year old is smarter than your whole claims department of idiots",
    # dehumanising contempt
    "you're not even people, you're a billing machine with a pulse",
    "parasites. that's all you are. bloodsucking parasites",
    "you vultures should be ashamed, preying on sick people",
    "leeches, the whole lot of you",
    "scum. you're all scum",
    # masked / spaced swearing at the reader
    "f*** you and your denial letter",
    "eat sh!t, you greedy a-holes",
    "go to h e l l, every one of you",
    "you're a bunch of f-ing liars",
    "stfu with the scripts, you useless bot",
    "screw you people, seriously screw you",
    "you absolute b@stards denied my son's surgery",
    "what a bunch of d-bags",
    # name-calling an agent / under claim numbers / portal
    "Kevin was a lazy idiot on the phone and I want that on record",
    "claim 26-4471 — denied AGAIN by you incompetent fools",
    "the Claims screen says 'pending' because you morons can't do your jobs",
    "your supervisor Linda is an arrogant witch",
    "to the idiot who processed my EOB: learn to read",
    "Re: my appeal. You spineless cowards won't even read it",
    # Spanglish and Spanish
    "you're all unos ratas, pay the claim",
    "son unos sinvergüenzas y unos ladrones",
    "pinches incompetentes, ¿cuándo van a pagar?",
    "qué bola de idiotas, de verdad",
    "ustedes son unos inútiles, no sirven para nada",
    "eres un estúpido, te dije que era el 14",
    "you people son unos payasos, fix my card",
    "malditos rateros, me cobraron dos veces",
    "son una vergüenza de gente, mentirosos",
    # misc insults
    "you lying snakes told me it was covered",
    "what a pathetic excuse for a company, run by idiots",
    "you greedy pigs raised my premium again",
    "shut up and transfer me, you useless twit",
    "clowns. all of you. a circus of clowns",
    "thanks for nothing, you brainless drones",
    "you heartless monsters cut off my mother's coverage",
    "get a clue, you dense nitwits",
    "every agent there is a liar and a moron",
    "go choke on your fine print, you cretins",
    "you're all frauds and idiots and I hope you know it",
    "hey dumbass, the date of service is right there on the form",
]

CIVIL = [
    # swearing at things and situations
    "this damn portal logged me out for the third time today",
    "the hold music is driving me nuts",
    "what the hell is a CO-97 adjustment",
    "this bill is total bullshit, how is a bandage $80?",
    "cancer sucks. the paperwork sucks more.",
    "holy crap, $4,000 for one night?",
    "the stupid app won't load my card",
    "f***ing snowstorm, I missed my appointment, will I be charged?",
    "damn it, I paid the wrong bill",
    "this whole system is a joke, but you've been patient with me",
    "the weather is awful and so is this EOB",
    "shit, I forgot to add the baby within 30 days, what now?",
    # caps without insults
    "I HAVE CALLED FIVE TIMES AND STILL NO ANSWER ABOUT MY CLAIM",
    "WHY IS THIS STILL PENDING? IT HAS BEEN 60 DAYS.",
    "PLEASE HELP, MY MOTHER'S COVERAGE SHOWS TERMINATED",
    "I AM SO FRUSTRATED WITH THIS BILL",
    "THIS IS UNACCEPTABLE. I WANT A SUPERVISOR.",
    "NEED MY ID CARD TODAY FOR SURGERY",
    # sarcasm naming nobody
    "oh good, another letter telling me nothing. love that.",
    "wow, a 45 minute hold. truly a record.",
    "so the portal says 'processing' for the third week. riveting.",
    "ah yes, the classic 'this is not a bill' that looks exactly like a bill",
    "nothing says holiday cheer like a surprise ambulance bill",
    "great, another form to fill out. exactly how I wanted to spend Sunday.",
    # threats stated plainly
    "I'm filing a complaint with the state insurance department",
    "my lawyer will be in touch about this denial",
    "I'm going to talk to HR about switching carriers",
    "if this isn't fixed I'm calling the local news",
    "I will report this to the Department of Labor",
    "I'm canceling my plan at open enrollment, this is the last straw",
    # quoting someone else's insult
    "the collector called me a deadbeat on the phone, is that allowed?",
    "my ex called me an idiot for not checking the network, was he right?",
    "my brother says insurance companies are crooks, but I want to hear your side",
    "the billing lady at the clinic said 'your insurance is garbage', is it?",
    "my neighbor told me you'd screw me over on the appeal. please prove her wrong",
    "the doctor's office said the insurer was 'stupid' for denying it. can you explain the reason?",
    # rude words about oneself
    "I'm such an idiot, I paid the bill twice",
    "dumb question, sorry: what's a deductible?",
    "I feel like a moron but I can't find my member ID",
    "I screwed up and went out of network, what do I owe?",
    "my bad, I sent the wrong claim number, I'm a mess today",
    "I'm hopeless with paperwork, can you walk me through it?",
    # medical and plan words that look rude
    "Dick Hargrove is my father and I'm his authorized rep",
    "I had bloody stool and the colonoscopy was diagnostic, not screening",
    "they put three screws in my ankle, is hardware removal covered?",
    "my son has a nut allergy, is the EpiPen covered?",
    "the balls of my feet hurt, do you cover orthotics?",
    "the breast pump sucks too weakly, can I get a different model covered?",
    "is a vasectomy covered? my wife says it's my turn",
    "I need a referral for my butt, I mean my tailbone, it's broken",
    "the rectal exam was billed twice",
    "my pee test came back positive, is the follow-up covered?",
    # praise in strong words
    "you guys are wicked good, thank you!",
    "bloody brilliant, the refund came through",
    "damn, that was fast. thanks a ton",
    "holy cow you're the best agent I've talked to",
    "you killed it on that appeal, thank you so much",
    "hell yes, the ambulance claim finally paid! thank you!",
    # Spanish and Spanglish frustration without insults
    "qué coraje, otra vez me negaron el reclamo",
    "estoy hasta la madre de esta factura",
    "no manches, ¿800 dólares por una radiografía?",
    "ay, qué desesperación, la página no carga",
    "this bill is una locura, ¿por qué tanto?",
    "estoy harta de esperar, ¿cuándo pagan?",
    "me da mucha rabia, pero gracias por explicarme",
    "perdón, soy un desastre con los papeles",
    # corrections, bullets, forwarded, plain anger
    "correction: the claim is from the 14th, not the 4th, sorry",
    "- still no card\n- still no callback\n- still waiting on the refund",
    "forwarded from my wife: 'ask them why the ER bill is so high'",
    "I'm furious about this denial and I want to appeal",
    "this is ridiculous. three denials for the same test.",
    "I am beyond angry. The pharmacy says my plan ended.",
    "I'm not blaming you personally, but this process is broken",
    "I don't want to yell at you, I'm just exhausted",
    "sorry for being short earlier, it's been a brutal week",
    "you've been kind, the rules are what's infuriating",
    "insurance is a racket, everyone knows it. anyway, what do I owe?",
    "your company's policy is garbage, but thank you for trying",
    "the fax machine at my doctor's office is a piece of junk, can they email it?",
    "ugh, the deductible reset again. January is the worst.",
]

out = write_tone_set("tone_test_fresh11.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
