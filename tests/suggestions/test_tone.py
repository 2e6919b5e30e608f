"""What counts as insulting the team (no drafted billing reply) and what is only frustration
(a draft, as for anyone). Dev material written for the word list; not a held-out set."""

import json

import pytest

from suggestions import tone
from suggestions.tone import LABELLED, insults_the_team

INSULTING = [
    "you people are useless, where is my refund",
    "Useless company. Why was my claim denied",
    "you guys are a bunch of clowns, fix my bill",
    "Your company is a joke and your agents are idiots",
    "stupid insurance company denied my MRI again",
    "are you all stupid? I sent the form twice",
    "screw you and your deductible",
    "go to hell, I'm not paying this",
    "you are criminals, stealing from sick people",
    "frauds. all of you. explain this EOB",
    "your service sucks and so do you",
    "you suck. where's my ID card",
    "what a garbage company, the claim is wrong again",
    "worthless customer service, answer me",
    "shut up and pay my claim",
    "this is crap service, you clowns",
    "dumb a** company can't process one claim",
    "hijos de puta, paguen la factura",
    "son unos inútiles, nadie me contesta",
    "ustedes son unos estúpidos, ya mandé el formulario",
    "ratas, me cobraron dos veces",
    "sinvergüenzas! me negaron la reclamación",
    "váyanse al diablo con su deducible",
    "qué porquería de seguro, nunca pagan",
    "malditos, paguen ya",
    "son unos payasos, ¿dónde está mi tarjeta?",
    "ineptos, la factura está mal otra vez",
    "bola de rateros, me cobraron de más",
    "pinches ladrones, devuelvan mi dinero",
]

NOT_INSULTING = [
    "This is so frustrating, my claim was denied again",
    "I'm really angry about this bill, can you explain it?",
    "Is this bill a scam? I don't recognise the provider",
    "I think this charge might be fraud, I never went there",
    "the EOB is confusing, what does provider discount mean",
    "I feel dumb but I don't understand my deductible",
    "sorry if this is a stupid question, what is coinsurance",
    "my card is useless at the pharmacy, they say it's inactive",
    "the pain was hell but the ER bill is worse, can you help",
    "the hospital sent me to collections, this is a nightmare",
    "I'm sick of waiting, it's been 3 weeks since I called",
    "estoy muy molesta, me cobraron dos veces",
    "no entiendo nada de esta factura, ¿me ayudan?",
    "esto es injusto, ¿cómo apelo la negación?",
    "The clown doctor at my son's party was great but this bill is not",
    "My ex stole my ID card, I need a new one",
    "the criminal justice clinic billed me, is that in network",
    "thanks, you've been great, one more question about my copay",
    "damage to my car in the ambulance ride, is that covered",
    "they billed me twice for the same x-ray, wtf",
    "he tells me I'm worthless and takes my card",
    "I hate hospitals but I need to know my out of pocket max",
]


@pytest.mark.parametrize("text", INSULTING)
def test_insults_aimed_at_the_team_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", NOT_INSULTING)
def test_frustration_and_everyday_words_are_not_insults(text):
    assert not insults_the_team(text)


# Name-calling in words no list holds, recognised by where the word stands (dev examples written
# for the shape detector; none is in its labelled file).
NAME_CALLING = [
    "you buzzards denied my claim again",
    "listen, you walruses, the copay is wrong",
    "a gang of pirates runs your billing department",
    "tricksters, every one of you. explain the charge",
    "goblins! where is my reimbursement",
    "son unos chapuceros, me cobraron doble",
    "bola de flojonazos, ¿dónde está mi tarjeta?",
    "I paid in full and you bean counters sent me to collections",
    "you people are nothing but vultures, where is my refund",
    "you're just weasels with a logo",
    "Fix the copay on my last visit, gremlins.",
    "why is the claim still open, goblins?",
    "your billing staff are dimwits",
    "a pack of swindlers took my premium",
]

# Words in those places that call no one a name.
NOT_NAME_CALLING = [
    "Ms. Okwuosa has a question about her deductible",
    "Mrs. Pennywhistle's claim was fixed, thanks",
    "please tell you statistics about my claims? sorry, I mean tell me",
    "you guys billed me twice for the same visit",
    "you folks were so helpful last week",
    "you people keep denying my claims and I don't understand why",
    "Thanks, you have been great",
    "write to odalys.f@example.org please",
    "a bunch of bills arrived after my surgery",
    "son unos días de espera, ¿verdad?",
    "Labs, x-rays and the visit: are they one claim?",
    "Thanks for calling back, Tomás.",
    "Kind regards, Tobias",
    "thanks for the help, marcus!",
    "you are always so helpful, thanks",
    "Send the letters to me instead, pls.",
    "I'm clueless about how coinsurance works, sorry",
]


@pytest.mark.parametrize("text", NAME_CALLING)
def test_name_calling_in_words_no_list_holds_is_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", NOT_NAME_CALLING)
def test_words_in_a_name_s_place_that_call_no_one_a_name_are_not_insults(text):
    assert not insults_the_team(text)


def test_the_civil_messages_of_the_labelled_file_are_never_insults():
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    civil = [row["text"] for row in rows if not row["insult"]]
    assert len(civil) >= 60
    # A relayed insult ("my husband says you're thieves") is someone else's word, not the member's.
    assert [text for text in civil if insults_the_team(text)] == []


def test_most_insults_of_the_labelled_file_are_recognised():
    # The file's words help only to tell civil words apart; insults are found by list or shape.
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    insulting = [row["text"] for row in rows if row["insult"]]
    found = sum(insults_the_team(text) for text in insulting)
    assert found / len(insulting) >= 0.6


# Contempt in other shapes than a name for the team (dev examples written for issue 10's abuse
# round, in words and shapes of their own; none is in a held-out set): adjectives of contempt
# before the team or a plural nobody uses about a plan, the team compared with dummies, telling
# the reader to learn to read, wishing the team harm, and their Spanish forms.
CONTEMPT = [
    "Worthless leeches raised my premium again. What is it even paying for?",
    "your garbage formulary dropped my medication, typical greedy insurance",
    "Greedy bloodsucking corporation, why is my claim still not paid",
    "Lazy good-for-nothing staff lost my appeal paperwork again",
    "heartless number crunchers denied my mother's wheelchair",
    "Your claims department has the intelligence of a doorknob. The date is on the form.",
    "A trained parrot could process a claim faster than your office.",
    "Learn to read. I already sent the itemized bill.",
    "I hope every one of you gets fired. Where is my reimbursement?",
    "Rot in hell, all of you. I'm not paying that deductible.",
    "Spineless corporate drones, just tell me when the appeal is decided",
    "You're a disgrace to the word insurance. Explain this EOB.",
    "This company is a racket run by crooked suits",
    "u people are useless, my card still hasnt come",
    "Does anyone over there even have a functioning brain? The claim number is on the bill.",
    "Dumber than a box of rocks, the lot of you. My address is wrong again.",
    "Congrats on hiring the most clueless reps on earth, my copay is still wrong.",
    "are you people blind? the claim says in network",
    "only a moron would deny a broken arm x-ray",
    "Your so-called customer service is staffed by clowns, where is my refund",
    "Ustedes no sirven, ¿dónde está mi reembolso?",
    "qué asco de aseguradora, otra vez me negaron la receta",
    "banda de vividores, me subieron la prima otra vez",
    "ojalá se pudran, me cobraron dos veces la consulta",
    "sarta de incompetentes, la factura sigue mal",
    "gente sin cerebro, ya les mandé el formulario",
]

# Frustration, criticism of a third party, and the same words in other senses: drafts as usual.
CIVIL_FRUSTRATION = [
    "I'm furious. Third time my claim was denied, what is going on?",
    "This is ridiculous, I've waited six weeks for my ID card",
    "Honestly your website is confusing, where do I find my EOB?",
    "I hope you can help, I'm desperate about this bill",
    "I hope everyone there has a good holiday, quick question about my deductible",
    "The hospital charged $900 for an aspirin, greedy if you ask me. Can you look at it?",
    "I was lying on the floor when the ambulance came, is the ride covered?",
    "My lazy eye surgery was denied, why?",
    "The print on my card is so small I can't read it, can you send the number?",
    "my son is learning to read and his glasses aren't covered?",
    "Estoy harta, llevo un mes esperando la tarjeta",
    "Esto no sirve, la app no carga mi tarjeta",
    "Ojalá me puedan ayudar con esta factura",
    "The claims process feels like a racket to me, but can you explain the denial?",
    "a trained nurse could tell you this was medically necessary",
    "you people were rude on the phone yesterday and I want to file a complaint",
    "the pharmacy staff were clueless about my prior auth, can you check it?",
    "Dear Sirs, I am writing about claim 88123-44",
    "Sandhill Orthopaedics, P.C. is out of network",
    "my old glasses are useless now, does the plan cover new ones?",
    "is my plan the cheapest one? the premium is hard for us",
]


@pytest.mark.parametrize("text", CONTEMPT)
def test_contempt_in_other_shapes_is_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL_FRUSTRATION)
def test_frustrated_but_civil_members_are_not_taken_for_abusive(text):
    assert not insults_the_team(text)


# Offensive language aimed at the team, read by the packaged profanity model on the clauses that
# address it (issue 10, alt-profanity-check), and swearing at a situation by a civil member. Dev
# material written for choosing the model's rule and threshold; not a held-out set.
OFFENSIVE_AT_TEAM = [
    "you dumb fucks lost my claim again",
    "fuck you and fuck your deductible",
    "your agent is a stupid bitch who hung up on me",
    "whoever wrote this EOB is a fucking idiot",
    "listen you piece of shit, the claim was covered",
    "you guys are full of shit, the MRI was approved",
    "hey dumbass, my copay is $30 not $60",
    "eat a dick, I am not paying that balance",
    "kiss my ass, I paid the premium on time",
    "you cocksuckers denied my wife's surgery",
    "pay the damn claim you worthless pricks",
    "your billing guy is a total douchebag",
    "the rep I spoke to was a condescending prick",
    "what a bunch of dickheads, the lab was in network",
    "you lying bastards told me it was covered",
    "get your heads out of your asses and fix my bill",
    "shove your prior authorization up your ass",
    "you people are retards, I sent the form three times",
    "thanks a lot, shitheads, now it's in collections",
    "your supervisor is a spineless weasel",
    "are you brain damaged? the deductible was met",
    "the woman at your call center is an ignorant twat",
    "you fat cats are stealing my money",
    "go fuck yourselves, I want a refund",
    "you're all a bunch of jerks, where is my id card",
    "moronic reps like you are why I hate this plan",
    "son unos pendejos, ya pagué la factura",
    "chinguen a su madre, la ambulancia estaba cubierta",
    "qué bola de idiotas, me negaron otra vez",
    "el agente es un imbécil, no sabe nada de mi reclamo",
]

CIVIL_SWEARING = [
    "this fucking bill is three times what I expected, can you explain it",
    "holy shit, $4,000 for an ambulance ride? is that right",
    "damn, I missed the appeal deadline, what now",
    "the damn pharmacy says my prescription isn't covered",
    "what the fuck does provider discount mean on my EOB",
    "sorry for swearing but this shit is stressing me out, my claim is still pending",
    "crap, I think my doctor is out of network, how do I check",
    "this is bullshit, the hospital charged me twice for the same day",
    "hell, I don't even know what coinsurance is",
    "my damn car broke down and now this medical bill, can I get a payment plan",
    "the ER was hell and the bill is worse",
    "this bloody portal won't show my EOB",
    "I'm pissed that the lab sent me to collections, was the claim paid",
    "goddamn it, my card got declined at the pharmacy again",
    "this crappy week just got worse, my surgery needs prior authorization?",
    "fuck me, I forgot to add my newborn to the plan, is it too late",
    "the hospital billing office is a shitshow, they can't tell me what I owe",
    "what the hell happened to my HSA contribution",
    "ugh this stupid deductible resets in january right",
    "the damn EOB says I owe $0 but the provider billed me $200",
    "my freaking knee surgery got denied, how do I appeal",
    "my dumb ass paid the bill twice, can I get a refund",
    "shit happens I guess, but why was my claim denied",
    "this fucking insurance paperwork is confusing, which form do I need",
    "¡carajo! me llegó otra factura del hospital",
    "qué mierda, me cobraron el copago dos veces",
]


@pytest.mark.parametrize("text", CIVIL_SWEARING)
def test_swearing_at_a_situation_is_not_abuse(text):
    assert not insults_the_team(text)


def test_most_offensive_messages_aimed_at_the_team_are_recognised():
    found = [text for text in OFFENSIVE_AT_TEAM if insults_the_team(text)]
    assert len(found) / len(OFFENSIVE_AT_TEAM) >= 0.65


@pytest.mark.parametrize(
    "text",
    [
        "your agent is a stupid bitch who hung up on me",
        "listen you piece of shit, the claim was covered",
        "you guys are full of shit, the MRI was approved",
        "your billing guy is a total douchebag",
        "you people are retards, I sent the form three times",
    ],
)
def test_the_profanity_model_finds_offence_no_shape_holds(text):
    # Neither the word list nor a shape of name-calling holds these: the model alone finds them.
    assert tone._INSULTS.search(text) is None
    assert tone._SWEARING_AT_YOU.search(text) is None
    assert not tone._calls_names(text)
    assert tone._offensive_at_the_team(text)
    assert insults_the_team(text)


def test_the_model_reads_only_clauses_that_address_the_team():
    # The same offensive words: at the bill, a draft; at the team, none.
    assert not insults_the_team("this fucking bill is a joke, can you explain the charge")
    assert insults_the_team("you fucking jokers, explain the charge")
    # English only: a Spanish clause is left to the word list and shapes.
    assert max(tone._offensive_scores(["you are fucking idiots"])) >= tone.OFFENSIVE_AT_TEAM
    assert max(tone._offensive_scores(["can you explain my deductible"])) < 0.2


def test_the_profanity_model_is_loaded_once_per_process():
    assert tone._profanity_model() is tone._profanity_model()


# Insults with no "you" in their clause, read where a name for the reader stands (stop 24; dev
# examples of bench/data/tone_dev_2.jsonl and the used-up sets, none in a held-out set): after an
# interjection, opening the message or a sentence, said of an agent, told off, threatened, in
# Spanish, in leetspeak. The earlier detectors found none of these.
NAMED_WITHOUT_YOU = [
    "Hey jackass, my physical therapy visits were approved, check again.",
    "Look, dipshit, I'm not the one who lost the paperwork.",
    "Your adjuster is a lying snake.",
    "Get bent, I'm disputing every line of this EOB.",
    "That supervisor was a smug little prick about my denial.",
    "Bite me. The collections notice is your mistake.",
    "Eat a bag of dicks, I'm not paying for a duplicate charge.",
    "Deny my son's therapy again and see what happens to you.",
    "Keep ignoring me and somebody over there is going to get hurt.",
    "what a waste of space that whole claims department is",
    "ur all m0r0ns, the copay is 20 not 40",
    "a$$holes charged my card twice for the premium",
    "El agente es un imbécil, no encuentra mi reclamo.",
    "Son bien mensos, el reclamo ya estaba pagado.",
    "Chinguen a su madre, me negaron la receta otra vez.",
    "Vete a la mierda con tu coaseguro.",
    "Qué gente tan estúpida, ya mandé la factura detallada tres veces",
]

# The same words said of oneself or one's own: the member gets a draft. The word list took
# these for insults before stop 24.
SAID_OF_ONESELF = [
    "I feel like an idiot, I paid the same bill twice. Can I get a refund?",
    "I feel like an idiot but I don't understand what coinsurance is",
    "Me siento como una idiota, pagué dos veces la misma cuenta.",
    "My ex is a total idiot and took the kids' cards. How do I get new ones?",
]


@pytest.mark.parametrize("text", NAMED_WITHOUT_YOU)
def test_insults_with_no_you_in_their_clause_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", SAID_OF_ONESELF)
def test_insult_words_said_of_oneself_are_not_insults_to_the_team(text):
    assert not insults_the_team(text)


def test_the_reader_named_by_a_word_is_not_someone_else_named_by_it():
    # The interjection and the name must go together; "hey" before a question is civil, as is a
    # Spanish adjective without an article ("es inútil llamar": it is no use calling).
    assert not insults_the_team("hey you, is my claim paid?")
    assert not insults_the_team("Es inútil llamar, nadie contesta. ¿Mi reclamo ya se pagó?")
    assert not insults_the_team("Let's see what happens with the appeal, keep me posted.")
    assert not insults_the_team("I'll be waiting for your call tomorrow morning.")
    assert not insults_the_team("My member ID is W1D0T5 I think, can you check my coverage?")
    assert insults_the_team("Es un inútil el agente que me atendió, no sabe nada")


# Stop 25 (tone4): swearing spelt to slip past a list, the reader named in the singular or with
# "you're" misspelt, threats aimed at a person's job or name, scorn for the reader's mind.
RESPELT_AND_SCORNFUL = [
    "f u c k you and your billing department",
    "phuck you, i want my money",
    "ur all azzwipes, i paid in may",
    "your so dense, I said the PHARMACY bill, not the hospital one",
    "Answer the question, you spineless drone.",
    "Go whine to your manager, clown.",
    "Nice work, Sherlock. The bill went to the wrong address again.",
    "I'll use small words so even you can follow: refund the copay.",
    "Does your little brain hurt when you read a claim?",
    "I will get you fired for this, count on it.",
    "I'll put your full name on every review site so everyone knows how useless you are.",
    "Sus empleados huevones no han pagado mi cuenta de emergencias.",
    "you suk",
    "Up yours.",
    "Hey lazy, answer me.",
    "Your incompetence is staggering.",
    "I'll have you reported and fired by Monday.",
    "Brilliant, another denial from the geniuses in billing.",
    "Do you even know how to read?",
    "You have one job and you can't even do that.",
    "No seas burro, el deductible ya se cumplió.",
    "Tú no sabes ni leer, el claim dice in-network.",
    "Even a child could process this claim better than you.",
]
# Civil messages that share their words: a formal complaint or a review is no threat, a word in
# quotes is someone else's, an insult said of oneself is no insult to the team, spaced-out
# letters that spell no swear word stay as written.
CIVIL_LOOKALIKES = [
    "I will file a formal grievance if the appeal is denied again.",
    "I'll post an honest review about how long this took, but I still need the refund.",
    "The portal said 'invalid user, you idiot' which I assume is a bug? I can't log in.",
    "My husband keeps calling you \u201cthieves\u201d but I want to understand the charge.",
    "I'm useless with computers, can you mail the statement?",
    "You must think I'm stupid, but I really don't get the EOB.",
    "Is the charge for plan A or B? u r a great help",
    "Dr. Fukuda's office billed the visit twice.",
    "I feel so dumb, I paid the wrong bill.",
    "That's a stupid rule, but okay. Where do I send the form?",
    "You guys are awesome, thanks for the fast refund.",
    "I'll report the error to my employer's benefits office.",
    # clinical words, which a model of offensive language learnt from offensive text
    "You billed my semen analysis twice.",
    "Do you cover erectile dysfunction pumps?",
]


@pytest.mark.parametrize("text", RESPELT_AND_SCORNFUL)
def test_respelt_swearing_threats_to_a_job_and_scorn_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL_LOOKALIKES)
def test_complaints_quotes_and_self_reproach_stay_civil(text):
    assert not insults_the_team(text)


def test_a_second_message_opening_with_a_name_is_read_like_the_first():
    # The drafted context joins the messages since the last reply with newlines.
    assert insults_the_team("my claim 4471 is still pending\nNumpty. Read my appeal")
    assert not insults_the_team("my claim 4471 is still pending\nThanks. Read my appeal")


# Stop 26: scorn that names no one ("my dog is smarter than your department"), greetings and
# clause ends that call the reader a name, threats to a job or a name, scornful comparisons.
SCORN_AND_GREETINGS = [
    "My cat is smarter than your entire claims department.",
    "Hello useless, did the refund go out?",
    "Read it again, dummy: the visit was in network.",
    "You sad excuse for a call center, answer me.",
    "Pull your head out and read the appeal.",
    "Oh, another genius who can't find a claim number.",
    "You're as clueless as the last agent I wrote to.",
    "Your name's going on Yelp with everything you said.",
    "I'll write to your manager until you're fired.",
    "Stop stalling, you hack.",
]
# Strong words about someone the member deals with, not the plan: a provider, a collector, a
# stranger; and someone else's insult in quotes, contractions and all.
SAID_OF_A_THIRD_PARTY = [
    "The urgent care is full of crooks, they billed a splint I never got.",
    "That surgeon's billing people are liars. What do I owe?",
    "The debt collectors are thieves. Is this bill mine?",
    "The dentist was a total idiot about my crown. Is it covered?",
    "My neighbor's brother-in-law said the lab is run by clowns. Anyway, is bloodwork covered?",
    "The man who hit my car was a moron, but will the plan pay the ER bill first?",
    "A lady in the waiting room shouted 'you're all crooks' at the desk. Is my visit covered?",
    "Did you hack my account? I see a claim I don't recognise.",
]


@pytest.mark.parametrize("text", SCORN_AND_GREETINGS)
def test_scorn_greetings_and_threats_to_a_name_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", SAID_OF_A_THIRD_PARTY)
def test_insults_about_a_third_party_or_in_quotes_stay_civil(text):
    assert not insults_the_team(text)


def test_the_plan_s_own_people_are_no_third_party():
    assert insults_the_team("The insurance company is full of thieves.")
    assert insults_the_team("Your billing department is run by clowns.")
    assert insults_the_team("The guy who answered the phone was a moron.")


# Stop 27 (tone5), dev wordings of tone_dev_5.jsonl and probes typed while tuning: masked
# swearing at the reader, an insult inside a long message, sarcasm at the team, adverbs before
# the word, contempt for the company, Spanish and Spanglish.
MASKED_AND_SARCASTIC = [
    "you sh*theads lost my form",
    "f*ck off with the hold music, answer me",
    "stop lying you piece of sh1t",
    "Stop being so f***ing lazy and answer my question about the deductible.",
    "shove your deductible up your a$$",
    "u fkn liars, where is my card",
    "F off with your 'policy says'. Pay the claim.",
    "It was 184 days apart. Can your knuckleheads not read a calendar? Please reprocess it.",
    "Outstanding work as always, you bunch of amateurs.",
    "Leave it to the claims wizards to deny a denial I already appealed.",
    "Oh sure, blame the member, that's original. Real professional bunch you are.",
    "YOU ARE ALL COMPLETELY WORTHLESS. ANSWER THE PHONE.",
    "This company employs nothing but cheats.",
    "Your outfit is a racket and you're all in on it.",
    "A goldfish would remember my claim better than you.",
    "Worthless. Absolutely worthless, every single one of you.",
    "Muy bien, expertos, me mandaron la tarjeta con otro nombre.",
    "Ustedes son unos abusivos, ya pagué.",
    "Te voy a reportar todos los días hasta que te corran.",
    "what a buncha idoits",
    "Were you hired for being slow? Fourth message about my card.",
    "To the clown who denied my claim: explain yourself.",
    "That rude jerk on the phone hung up on me when I asked about my balance bill.",
    "I'm typing to a wall with a name tag. A dumb wall.",
    "Stupid cow, put me through to someone who knows what a coinsurance is.",
]
# Their civil neighbours: a third party's people (a lab tech, a pharmacy chain, a hospital in
# Spanish), what someone else called the member, masks that hide no swear word, praise.
CIVIL_NEIGHBOURS = [
    "The lab tech was a real idiot and drew blood from the wrong arm, but my question is about "
    "the bill.",
    "That hospital charges like thieves. Can you tell me the allowed amount for a CT?",
    "The pharmacy chain is full of lazy people, they lost my refill. Can I use mail order?",
    "En el hospital son unos abusivos, me cobraron $2,000. ¿Cuánto cubre el plan?",
    "The hospital billing office is full of crooks, they charged me for a room I never stayed in.",
    "That surgeon's office is a bunch of scammers, they billed a procedure I never had.",
    "The collection agency called me an idiot on the phone. Do I have to pay them?",
    "Thank you to the genius who fixed my card!",
    "Leave it to the experts, my doctor said. Is the second opinion covered?",
    "Stop being so slow to pay my claims, please.",
    "Please call me at ***-***-1234.",
    "Card ending ****4417, plan A* on the letter.",
    "Sh*t happens. Can I resubmit the form?",
    "Jesus f*cking Christ, the ambulance bill is $2,300. Do I owe that?",
    "You're a genius, the new card works perfectly.",
    "Is cow's milk allergy testing covered?",
    "The rude cow at the clinic front desk ignored me. Can I change clinics?",
]


@pytest.mark.parametrize("text", MASKED_AND_SARCASTIC)
def test_masked_swearing_sarcasm_and_contempt_for_the_company_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL_NEIGHBOURS)
def test_third_parties_masks_that_hide_no_swearing_and_praise_stay_civil(text):
    assert not insults_the_team(text)


def test_a_mask_is_read_as_the_word_it_can_stand_for():
    assert tone._unmask("sh*theads, b*llsh!t, pr*cks, a$$, f***") == (
        "shitheads, bullshit, pricks, ass, fuck"
    )
    assert tone._unmask("****1234 *please* A*") == "****1234 *please* A*"
