"""Write ../tone_test_fresh9.jsonl: a ninth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets13 on 2026-12-07 (stop 31) from
general knowledge, before that stop's tuning and without reading the detector's word lists. The
earlier builders (fresh7, fresh8) were read only for the line between abusive and civil: an
insult or contempt aimed at the reader, the team or an agent is abusive; swearing at a thing or a
situation, anger without an insult, a threat to sue or complain stated without an insult,
quoting or reporting someone else's insult, and rude words about oneself are civil. Every
person, ID and number is made up.

Shapes new to the tone sets:

Abusive (about 70): masked swearing aimed at the reader ("f*** you people", "a$$clowns",
"sh!t-for-brains", "b!tch", "@ss", "fkn idiots"); passive-aggressive insults ("I'm sure
you tried your best, which says a lot", "maybe ask an adult to help you"); Spanish, Caribbean,
Mexican, Argentine and Spanglish insults ("pendejos", "ineptos", "cabrones", "boludos",
"you guys are bien pendejos"); an insult buried in a long otherwise polite message; SMS threads
and dictated punctuation with an insult; insults under a quoted agent reply; emoji with insults;
caregivers insulting the team on behalf of a parent.

Civil (about 80): masked swearing at the situation ("this f***ing portal", "sh!t week",
"what the h*ll is this bill"); legal threats and complaints to regulators stated plainly ("I
will file with the state insurance commissioner", "my lawyer will be in touch", "CMS complaint
filed"); strong frustration with swearing aimed at no one; quoting someone else's abuse (an ex, a
collector, a relative, a review) while asking a real question; long messages with anger but no
insult; all-caps anger without insults; Spanish and Spanglish frustration ("qué pinche
desmadre con esta factura", "estoy hasta la madre del sistema"); words that look rude in a
medical sense; self-deprecation; praise in strong words.

Scored only in aggregate: `bench/tone.py --fresh9`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set  # noqa: E402

ABUSIVE = [
    # masked swearing aimed at the reader
    "f*** you people and your 'network adequacy'",
    "you're all a bunch of a$$clowns, pay my claim",
    "listen sh!t-for-brains, I already sent the form",
    "whoever denied this is a total b!tch",
    "what kind of dumb@ss approves a drug then un-approves it",
    "fkn idiots cancelled my wife's coverage",
    "you stupid f*cks lost my appeal AGAIN",
    "Do your job, a**hole.",
    "p!ss off with your 'we value your feedback' crap, you liars",
    "you g0dd*mn vultures",
    "eat sh*t, every one of you in billing",
    "bunch of mother-f'ers, answer the phone",
    "stfu and pay the claim you clowns",
    # passive-aggressive
    "I'm sure you tried your best, which honestly says a lot about you.",
    "Maybe ask an adult in your office to help you read my claim.",
    "No rush, I know thinking is hard for you people.",
    "I'd explain it again but I don't have any crayons handy for your team.",
    "Must be nice to get paid for being this useless.",
    "Is there someone smarter I could talk to? Anyone? Even the janitor?",
    "Wow, you answered in only three weeks. Should I throw you a parade for being "
    "marginally less incompetent?",
    "Cute that you think this letter makes sense. Did a toddler write it?",
    "I'll keep it simple for you since big words seem to confuse your department.",
    "Don't strain yourselves, geniuses.",
    # Spanish and Spanglish insults
    "Son unos pendejos, me cobraron dos veces la misma consulta.",
    "Ineptos, ¿cuántas veces les tengo que mandar el mismo papel?",
    "Cabrones, me negaron la resonancia de mi mamá.",
    "Ustedes son unos boludos bárbaros, no entienden nada.",
    "you guys are bien pendejos, my card still says the wrong name",
    "Qué bola, son una partida de mequetrefes, arreglen esto ya.",
    "Bola de inútiles, llevo un mes esperando la tarjeta.",
    "these pinches rateros raised my premium again, hijos de su madre",
    "Oigan par de idiotas, ¿me van a contestar o no?",
    "Son una mierda de empresa y ustedes unos imbéciles.",
    "the lady on the phone was a real pendeja, I want someone else",
    "Manga de chantas, devuelvan la plata.",
    # insult inside a long polite message
    "Good afternoon, I hope your week is going well. I am writing about my father's "
    "hospital stay in October, which should have been covered under his plan. I have "
    "attached the discharge papers twice now. Whoever reviewed it is clearly a moron who "
    "can't read a date. Could you please have it looked at again? Thank you for your time.",
    "Hello, and thanks for the quick reply last month about my card, that was helpful. "
    "Unfortunately the new agent I spoke to on Monday was a condescending idiot who "
    "hung up on me. Could you tell me whether my physical therapy needs a prior auth? "
    "Best wishes.",
    "Dear team, I have always found your service decent and I renewed without "
    "complaint. This time, however, you people have behaved like brainless sheep. Kindly "
    "let me know the status of my appeal at your earliest convenience. Warm regards.",
    "Hi there! Quick question about my HSA, but first I just want to say you are the most "
    "worthless bunch of paper pushers I've ever met. Anyway, can I use it for glasses? "
    "Thanks so much!",
    # SMS threads and dictated punctuation with an insult
    "[3:10] hi\n[3:10] still no card\n[3:11] u guys r morons\n[3:11] pls send",
    "dictated: you people are complete idiots period new line fix my claim period",
    "text 1: called again\ntext 2: put on hold 40 min\ntext 3: you're all worthless",
    # under a quoted agent reply
    "> \"Your claim is being processed.\"\nyeah, by a bunch of chimps apparently",
    "> \"We apologize for the inconvenience\"\nshove your apology, you useless liars",
    "you said \"allow 7 to 10 days\". it's been 40. are you all just stupid?",
    # emoji with insults
    "🤡🤡🤡 that's your whole claims dept",
    "you absolute 💩heads denied my son's inhaler",
    "ur agents are dumb as rocks 🪨🪨",
    "🖕 to whoever wrote this denial letter",
    # caregivers insulting the team
    "My mother is 86 and you idiots keep mailing her letters she can't read. Send them to "
    "me.",
    "I'm my brother's guardian and frankly your staff are the dumbest people I've dealt "
    "with in 20 years of doing this.",
    "You heartless clowns cut off my disabled son's therapy. Explain that.",
    # named agent
    "Tyler, you're a useless tool. Transfer me.",
    "Brenda in appeals is a lazy, lying witch.",
    "Tell Omar he's a clueless jackass.",
    "Dear Anjali, I've met houseplants with more brains than you.",
    # threats with insults
    "My lawyer is going to eat you scumbags alive.",
    "I'm reporting you to the state, you pathetic crooks.",
    "See you in court, you lying sacks of garbage.",
    "Filing with the insurance commissioner today because you are a gang of thieves and "
    "morons.",
    # other direct insults
    "Your whole company is run by imbeciles.",
    "Honestly, what a pack of spineless weasels.",
    "You people are parasites.",
    "Absolute clown show, and you're the clowns.",
    "You're the worst excuse for a human I've talked to all year.",
    "Shut up and put a supervisor on, you twit.",
    "Get your head out of your a** and read my file.",
    "Hey dipsh*t, yes you reading this, where's my refund?",
    "Mil gracias por nada, pedazo de inútiles.",
    "Your 'customer care' team couldn't care for a cactus, you brain-dead drones.",
    "voice to text: I swear you people are the stupidest company on earth question mark",
]

CIVIL = [
    # masked swearing at the situation
    "this f***ing portal logged me out again, can you reset my password?",
    "sh!t week. lost my job AND my card. how do I get a new one?",
    "what the h*ll is this bill for? I've never been to that clinic",
    "the d*mn hold music is stuck in my head lol. anyway, is my claim done?",
    "f*** cancer, honestly. Is my chemo pre-approved for January?",
    "Ugh, my a$$ is numb from sitting in the ER waiting room 4 hours. Is that visit "
    "covered?",
    "holy sh!t, the air ambulance bill is $52,000. what do I do?",
    "this bullsh*t form wants my SSN in three places. is that normal?",
    "pissed off doesn't even begin to cover it. My claim is still pending.",
    "screw this printer, can I upload the appeal instead?",
    "frickin autocorrect changed my member ID. here's the right one.",
    # legal threats and regulators, stated plainly
    "If this isn't resolved by Friday I will file a complaint with the state insurance "
    "commissioner.",
    "My attorney will be contacting you about the denial of my MRI.",
    "I have filed a complaint with CMS about the delays in my mother's care.",
    "Please consider this a formal grievance. I will escalate to the Department of Labor if "
    "needed.",
    "I'm prepared to take this to small claims court. Please send me the claim file.",
    "I am recording this chat for my lawyer.",
    "I will be contacting my congressman's office about this denial.",
    "This is my third written request. Next step is the Better Business Bureau and the "
    "state regulator.",
    "We've retained counsel. Please direct future letters about my son's claim to our "
    "attorney's office.",
    "I reserve the right to pursue all legal remedies. Please confirm receipt of this "
    "appeal.",
    # strong frustration, no insult
    "I am at my absolute wits' end with this claim.",
    "This is ridiculous. Three months and still nothing.",
    "I'm so done with this whole process. Please just tell me what I owe.",
    "This is a nightmare. My daughter's meds are late again.",
    "I'm furious. I did everything right and the claim was still denied.",
    "I could scream. The pharmacy says you rejected it, you say they never sent it.",
    "Honestly this system is broken and I'm exhausted.",
    "Damn it, I missed the appeal deadline by two days. Is there anything I can do?",
    "this is complete garbage, the portal shows nothing. can you check by phone?",
    "What a mess. Who do I call about the wrong address?",
    # quoting someone else's abuse
    "My ex texted me 'you stupid b*tch, the kids aren't on my insurance anymore'. Is that "
    "true? Are they covered?",
    "The collector called me a 'deadbeat loser' on the phone. Is this debt even real?",
    "My brother keeps saying 'those insurance idiots will never pay'. I'd like to prove "
    "him wrong: is my claim approved?",
    "A Google review says 'these morons lost my paperwork'. Should I send mine certified "
    "mail?",
    "My dad yells 'they're all crooks!' every time a letter comes. Can you help me explain "
    "this one to him?",
    "The receptionist muttered 'what an idiot' when I forgot my card. Can I get a "
    "digital one so it doesn't happen again?",
    "My teenager called the nurse a 'dumb cow' and I'm mortified. Anyway, is the visit "
    "covered?",
    "Someone wrote 'scammers' on your Facebook page. Is this e-mail from you real?",
    "Mi suegra dice que ustedes son 'unos ladrones', pero yo quiero saber: ¿está cubierta "
    "la cirugía?",
    # long, angry, no insult
    "I want to be clear about how frustrating this has been. My husband has ALS. We have "
    "called six times about his power wheelchair. Each time we are told it's approved, "
    "then that it's pending, then that paperwork is missing. He is stuck in bed. I am not "
    "blaming any one person, but I need someone to own this today. Who can?",
    "I have spent my entire lunch break on hold, then got disconnected, then called back "
    "and was told to use the portal, which is down. I understand things break. I just "
    "need to know whether my daughter's surgery on the 14th is authorized.",
    "Not going to lie, I'm angry. My mom's dialysis claims have been bouncing between you "
    "and Medicare since August and she is getting collection letters. Can someone sort out "
    "which of you is primary?",
    # all caps anger without insults
    "I HAVE BEEN WAITING SIX WEEKS FOR A DECISION. THIS IS UNACCEPTABLE.",
    "STOP SENDING ME BILLS FOR A CLAIM YOU ALREADY PAID.",
    "MY SON NEEDS HIS SEIZURE MEDICATION TODAY. PLEASE CALL ME.",
    "WHY DOES EVERY LETTER SAY SOMETHING DIFFERENT???",
    "I AM NOT PAYING THIS UNTIL SOMEONE EXPLAINS IT.",
    "THIS IS THE THIRD WRONG CARD. PLEASE GET MY NAME RIGHT.",
    "I NEED AN ANSWER TODAY. NOT TOMORROW. TODAY.",
    # Spanish and Spanglish frustration, no insult
    "Qué pinche desmadre con esta factura, ¿alguien me explica?",
    "Estoy hasta la madre del sistema, llevo dos horas en línea.",
    "Me cago en la leche, perdí la tarjeta otra vez. ¿Me mandan otra?",
    "Ay no, qué coraje, el portal no me deja entrar.",
    "Neta estoy bien frustrada, the claim is still pending desde octubre.",
    "Voy a poner una queja con el comisionado de seguros si no me responden.",
    "Carajo, se me pasó la fecha del pago. ¿Qué hago?",
    "Mi abogado se va a comunicar con ustedes por lo de mi papá.",
    "Esto es una porquería de carta, no se entiende nada. ¿Me la explican?",
    "I'm so over this, de verdad. ¿Cuándo llega la tarjeta?",
    # medical or everyday words that look rude
    "Is a colonoscopy covered if they find polyps? My butt is nervous lol.",
    "My balls have been sore for a week, do I need a referral for urology?",
    "I need a screening for cock-eyed vision for my kid. It's called strabismus, right?",
    "Does the plan cover Viagra or is that a dick move to ask?",
    "My doctor says I have a lazy eye. Is eye patching covered?",
    "Can I use FSA for a bidet? My hemorrhoids are killing me.",
    # self-deprecation
    "I'm an idiot, I sent the appeal to the wrong address. Can I resend?",
    "Dumb question from a dumb guy: what's coinsurance?",
    "I'm such a moron with dates, when is my open enrollment?",
    # praise in strong words
    "You people are f***ing amazing. Thank you for fixing it in one day.",
    "Holy crap, that was fast. Best service ever.",
    "Damn, you guys are good. Card arrived yesterday.",
    "Badass customer service, seriously. My mom is so relieved.",
    "Son lo máximo, neta. ¡Gracias!",
    "F-ing insurance jargon. What does 'allowed amount' mean?",
    "I'm about to lose my sh*t over this deductible, how much is left?",
    "Not your fault, I know, but this denial is b.s. How do I appeal?",
    "Complaint filed with the Department of Insurance today, reference attached. Please "
    "also send me my claim history.",
    "FYI I'm cc'ing my attorney on this thread. Please confirm the date you received the "
    "appeal.",
    "THANK YOU THANK YOU THANK YOU. THE CLAIM WENT THROUGH.",
    "Estoy que echo chispas con el hospital, no con ustedes. ¿Me ayudan a revisar la "
    "cuenta?",
]

out = write_tone_set("tone_test_fresh9.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
