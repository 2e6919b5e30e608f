"""Write ../tone_test_fresh6.jsonl: a sixth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper sets10 on 2026-12-07 (stop 28) from
general knowledge, before that stop's tuning and without reading the detector's word lists or the
earlier tone sets' texts. Every person, ID and number is made up.

Shapes new to the tone sets:

Abusive (about half): backhanded compliments ("you're very good at being useless"); insults with
spaced-out letters ("i d i o t s") or dotted and hyphenated ("m-o-r-o-n-s"); leetspeak and
symbol spellings ("1d10ts", "cl0wns", "st*pid"); threats to post a review that carry an insult
about the reader; insults in Spanish (Mexican, Caribbean, Rioplatense and Spain usage) and
Spanglish; condescension aimed at the reader ("let me use small words for you", "sweetie",
"is there an adult I can talk to"); insults in a voice-to-text transcript, a bullet list, a P.S.
or a subject line; insults dressed as questions ("are you trained to be this dense?"); comparisons
("a toddler could run this better"); mock sign-offs.

Civil (the other half), labelled as the earlier sets do: angry complaints with no insult to the
reader; swearing at the situation, a form, a bill or oneself ("this damn portal", "I screwed
up"); rude words quoted from someone else ("the billing lady called me an idiot"); a lawful
threat to complain, sue or post an honest review; strong words about a third party (an ex, a
collection agency, a hospital); sarcasm about the situation; medical and everyday words that look
rude ("stupid cold", "a killer headache", "Dick" as a name, "cockapoo", "bastard file" in a
story); polite firmness; Spanish and Spanglish anger with no insult.

About a fifth Spanish or Spanglish. Scored only in aggregate: `bench/tone.py --fresh6`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    # backhanded compliments
    "I have to hand it to you, you're consistently excellent at being useless. Where's my "
    "refund?",
    "Congrats on being the only company that can make a DMV look efficient, you dimwits.",
    "You're honestly talented. Most people need training to be this incompetent.",
    "Impressive work, really. Takes a special kind of stupid to deny the same claim three times.",
    "Nice job, champ. Your mom must be so proud you grew up to lose people's paperwork.",
    "You'd be great at your job if your job was wasting my time, you halfwit.",
    "I love how you always find new ways to be completely brainless. What's wrong with the EOB "
    "this time?",
    "Gold star for effort, zero for brains. Is my son covered or not?",
    # spaced-out, dotted, hyphenated
    "y o u  p e o p l e  a r e  i d i o t s",
    "Just fix my card, m-o-r-o-n-s.",
    "You are all a bunch of I.D.I.O.T.S. and I want a supervisor.",
    "c l o w n s. every single one of you. answer the question about my deductible",
    "u s e l e s s   t w i t s, the claim number is on the letter",
    "What kind of d u m b a s s denies an MRI that was already approved?",
    # leetspeak and symbol spellings
    "ur all 1d10ts, how hard is it to mail a card",
    "cl0wn c0mpany run by cl0wns. pay my claim",
    "you st*pid people billed me twice",
    "Hey m0r0n, read the attachment before you answer.",
    "what a bunch of a$$clowns, the prior auth was SENT",
    "f-ing incompetent muppets, all of you, where is my reimbursement",
    "you're a j0ke and a br@inless one at that",
    "dumb@$$ agents keep hanging up on me",
    # review threats with an insult
    "I'm writing a Google review tonight telling everyone your reps are lazy, clueless morons.",
    "One star on Yelp, and I'll name you personally as the dumbest rep I've ever dealt with.",
    "Going on Facebook to warn people that this place is run by lying weasels, unless my claim "
    "gets paid today.",
    "My review is going to say exactly what you are: a pack of greedy, heartless vultures.",
    "Enjoy the TikTok I'm making about the idiot who answered my call yesterday.",
    "Every review site I can find will hear what a spineless little worm you are.",
    # condescension aimed at the reader
    "Let me use small words so even you can follow, sweetie: WHERE. IS. MY. CARD.",
    "Is there an adult there I can speak with? Clearly you're out of your depth, honey.",
    "I'll type slowly since reading is obviously hard for you people.",
    "Did they hire you straight out of kindergarten? Answer my question about the copay.",
    "Bless your little heart, you really have no idea what you're doing, do you?",
    "Okay, let's try this again for the slow kid in the back: the claim was for my daughter.",
    "I know thinking isn't your strong suit, but try to focus on the denial letter for once.",
    "Aw, did you get confused again? Let a grown-up handle my appeal.",
    "Maybe ask someone with a functioning brain to look at my EOB, since you clearly can't.",
    # insults dressed as questions and comparisons
    "Are you trained to be this dense or does it come naturally?",
    "Do they screen for stupidity when they hire you, or is it a requirement?",
    "A toddler with a crayon could run this claims department better than you imbeciles.",
    "My dog is smarter than your whole billing team, and he eats socks.",
    "How do you people even remember to breathe?",
    "Is everyone there as thick as a brick, or did I just get lucky twice?",
    # inside a voice transcript, list, P.S. or subject line
    "hi yeah this is about my claim again you guys are a bunch of lying scumbags anyway the "
    "claim was for the 14th call me back",
    "Items for you to fail at today:\n- my refund\n- my card\n- basic intelligence, you "
    "nitwits",
    "Please resend the EOB for October.\n\nP.S. You're the most incompetent idiot I've ever "
    "spoken to.",
    "Subject: To the brain-dead clowns in billing\n\nWhy was I charged twice?",
    "voice message: yes hello i'm calling because you dumb sons of guns denied my wife again "
    "end of message",
    "RE: claim 4418 - ANSWER ME YOU WORTHLESS HACKS",
    "Thanks for nothing, dipsticks.\n-- sent from my phone",
    "Regards, a member who thinks you're all morons",
    # plain insults in new words
    "You absolute buffoons denied my insulin.",
    "listen here you smug little weasel, I want my money back",
    "You're a bunch of pencil-pushing parasites.",
    "Quit being such a coward and give me your supervisor, you gutless rat.",
    "Every one of you is a lying, thieving snake.",
    "Your call center is a clown car full of nitwits.",
    "what a waste of oxygen you are. where is my card",
    "You slimy bloodsuckers raised my premium again.",
    # Spanish
    "Son unos pendejos, ¿cómo que no cubren la ambulancia?",
    "Qué bola de tarados, les mandé la forma tres veces.",
    "Ustedes son unos boludos bárbaros, me cobraron dos veces.",
    "Parecen idiotas, no saben ni leer una factura.",
    "Son una partida de gilipollas, ¿dónde está mi tarjeta?",
    "Oiga, usted es un inútil y un mentiroso. ¿Me van a pagar o no?",
    "Qué gente tan bruta, de verdad. ¿Cuántas veces tengo que llamar?",
    "Ustedes son unos buitres chupasangre, me subieron la prima otra vez.",
    "Pedazo de animal, le dije que la cita fue en octubre.",
    "Son unos ladrones de cuello blanco y unos sinvergüenzas todos.",
    "Menudo hatajo de zoquetes trabaja ahí.",
    "Eres un payaso, no sirves para nada.",
    # Spanglish
    "Ustedes are a bunch of pendejos, where's my refund?",
    "Mira, you people son unos idiotas, the claim was approved!",
    "Qué clase de estúpido denies a claim sin leerla?",
    "Oye, lazy pendejo, answer the phone.",
    "Your supervisor es otro inútil, just like you.",
    "I swear you guys son bien tontos, I sent the form twice.",
]

CIVIL = [
    # angry at the situation, no insult to the reader
    "This is the third time I've called about the same claim and I am furious. Please fix it.",
    "I am beyond frustrated. My card still hasn't arrived after six weeks.",
    "This whole process is a nightmare and I'm exhausted. What do I need to send?",
    "I'm angry, I'm tired, and I want this denial reviewed by someone today.",
    "Nobody has called me back in two weeks. This is unacceptable.",
    "Your system is broken. I've reset my password five times.",
    "I'm honestly fed up with how long the appeal is taking.",
    "This is ridiculous. The hospital says you didn't pay, you say you did.",
    "I'm sick and tired of getting the runaround on this claim.",
    "I AM SO DONE WITH THIS BILL. PLEASE JUST TELL ME WHAT I OWE.",
    # swearing at the situation, a thing or oneself
    "This damn portal logged me out again in the middle of the form.",
    "Holy crap, the bill is $4,000. What happened?",
    "I screwed up and missed the payment, can I still fix it?",
    "What the hell does 'adjudicated' even mean on this EOB?",
    "The f***ing printer ate the appeal form, can you email me another?",
    "This sh*tty week just got worse: the pharmacy says my prior auth expired.",
    "Damn it, I sent the form to the wrong address. Can I resend it?",
    "Crap, I forgot to add my newborn within 30 days. Is it too late?",
    "My stupid phone autocorrected my member ID, sorry about that.",
    "Goddamn ice, I broke my wrist. Which urgent cares are in network?",
    "This bullsh*t letter is in a font size of 6. Can you send it larger?",
    "Ugh, I'm an idiot, I paid the wrong bill. How do I get it refunded?",
    # quoting what someone else said
    "The lady at the billing office called me an idiot for not knowing my deductible. Is that "
    "allowed?",
    "My ex texted that I'm a 'deadbeat' for not paying the kids' copays. Who actually owes them?",
    "The collection agent said, quote, 'you people never pay your bills.' Can they talk like "
    "that?",
    "My teenager told me 'you're so dumb, mom, just use the app.' So, how do I use the app?",
    "The receptionist muttered 'stupid insurance' when I gave her your card. Are they in "
    "network or not?",
    "My husband keeps saying 'those morons at the insurance company' but I think this is the "
    "hospital's mistake.",
    "The tow truck guy called me a moron, not related, but the ambulance bill is. Is it "
    "covered?",
    "Someone on Reddit said 'insurance companies are crooks' and told me to appeal. How do I?",
    # lawful escalation, honest review
    "If this isn't fixed by Friday I'm filing a complaint with the state insurance department.",
    "I'll be leaving an honest review about the three-week wait, just so you know.",
    "My lawyer will be in touch about the denial if the appeal goes nowhere.",
    "I'm writing to my congresswoman about how long prior authorizations take.",
    "I'm posting about this experience on Facebook so others know to check their EOBs.",
    "Consider this a formal grievance. I expect a written answer.",
    # strong words about a third party
    "The collection agency is a pack of vultures, they call me at 7 am. Can you confirm I "
    "don't owe this?",
    "That hospital is a money-grabbing machine. They billed me for a room I never stayed in.",
    "My ex is a useless deadbeat who dropped the kids from his plan. Can I add them to mine?",
    "The anesthesia group are crooks, they billed me $3,000 for 40 minutes.",
    "My old employer's HR was clueless and never sent my COBRA paperwork.",
    "The ambulance company are bloodsuckers, but what does my plan actually pay?",
    # sarcasm about the situation
    "Oh great, another letter that says 'this is not a bill' with a number I apparently owe.",
    "Wonderful, my claim is pending for the 60th day in a row. Any news?",
    "Love spending my lunch break on hold. Anyway, is the MRI approved?",
    "Fantastic, the new card has my name spelled wrong. Again.",
    "Nothing says 'get well soon' like a $900 bill from the ER.",
    # words that look rude
    "I've had a stupid cold for two weeks, can I see a doctor by video?",
    "Killer headache since Monday, is urgent care covered?",
    "My father-in-law's name is Dick Hardwick, he's on my plan. Can he get a new card?",
    "Our cockapoo bit my son and we went to urgent care, is the visit covered?",
    "The doctor said I have a 'bastard file' in my chart from a mix-up years ago, lol, can "
    "you check if records were merged?",
    "My mom's cat's name is Beelzebub, unrelated, but can you update her address?",
    "I need a shot of penicillin and the butt injection hurt like crazy. Is it covered?",
    "Dr. Weiner's office is out of network now? Since when?",
    "I have hemorrhoids and I'm too embarrassed to call, is the procedure covered?",
    "The test for the STD panel came back fine, thank god, but the bill didn't.",
    # polite firmness
    "With respect, I disagree with the denial and would like to appeal.",
    "I'm not happy with how my call was handled and would like a supervisor to review it.",
    "Please stop sending bills for a claim that's still under review.",
    "I expect a refund for the double charge within 30 days.",
    # Spanish anger with no insult
    "Estoy harta de esta situación. Llevo un mes sin mi tarjeta.",
    "¡Qué coraje! Otra vez me negaron la resonancia. ¿Qué hago?",
    "Esto es una vergüenza, tres semanas esperando y nadie me contesta.",
    "Maldita sea, se me olvidó pagar la prima. ¿Todavía me cubren?",
    "Mi ex es un irresponsable y quitó a los niños de su seguro. ¿Los puedo agregar al mío?",
    "La de la farmacia me dijo 'ustedes nunca traen los papeles'. ¿Qué papeles necesito?",
    "Voy a poner una queja con el departamento de seguros si no se arregla esto.",
    "¡Ya basta! Me cobraron dos veces la misma consulta.",
    "Qué desastre de sistema, no puedo entrar al portal.",
    "Perdón, soy una tonta, mandé la forma equivocada. ¿Me mandan otra?",
    # Spanglish
    "Estoy bien frustrado, my appeal has been pending forever.",
    "The hospital me cobró twice y nadie me explica nada. Can you check?",
    "Ay no, I messed up the form otra vez. ¿Me la pueden mandar de nuevo?",
    "Mi jefe dijo 'that insurance is garbage', but I just need to know if I'm covered.",
]

out = write_tone_set("tone_test_fresh6.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
