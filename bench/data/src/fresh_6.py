"""Fresh batch 6: Spanish messages (kind "spanish"; references in Spanish)."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

E = "spanish"
ITEMS = [
    D("es", E, "deductible", "none",
      "¿Cuánto me falta para cubrir mi deducible este año?",
      "Hola {MEMBER_FIRST_NAME}, este año del plan ha cubierto {DEDUCTIBLE_MET} de su "
      "deducible de {DEDUCTIBLE}, así que le faltan {DEDUCTIBLE_REMAINING}. El deducible se "
      "reinicia después del {PLAN_YEAR_END}."),
    D("es", E, "copay_coinsurance", "paid",
      "¿Por qué tengo que pagar 45 dólares si mi copago es de 20? Fue en la Clínica San Rafael.",
      "Hola {MEMBER_FIRST_NAME}, en la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE} su "
      "parte es {MEMBER_OWES}: un copago de {COPAY} y un coseguro de {COINSURANCE}. Si la "
      "visita incluyó otros servicios, cada uno puede tener su propio costo.",
      claim={"service": "consulta", "provider": "Clínica San Rafael", "member_owes": "45.00"},
      mentions=["provider", "amount"]),
    D("es", E, "out_of_pocket_max", "none",
      "¿Qué es el máximo de gastos de bolsillo y cuánto llevo?",
      "Hola {MEMBER_FIRST_NAME}, el máximo de gastos de bolsillo es lo más que usted paga en "
      "un año del plan por atención cubierta dentro de la red; después, el plan paga el 100 %. "
      "Lleva {OOP_MET} de {OOP_MAX}."),
    D("es", E, "eob_question", "paid",
      "Me llegó una carta que dice explicación de beneficios de la Dra. Lucía Ferrer. ¿Tengo "
      "que pagar algo?",
      "Hola {MEMBER_FIRST_NAME}, la explicación de beneficios no es una factura. Para la "
      "visita con {PROVIDER_NAME} del {DATE_OF_SERVICE}, el plan pagó {PLAN_PAID} y su parte es "
      "{MEMBER_OWES}; el consultorio le enviará la factura por esa cantidad.",
      claim={"service": "consulta", "provider": "Dra. Lucía Ferrer"},
      mentions=["provider"]),
    D("es", E, "denied_claim", "denied:27",
      "Me negaron una reclamación diciendo que no tenía cobertura, pero sí estaba asegurado.",
      "Hola {MEMBER_FIRST_NAME}, la reclamación del {DATE_OF_SERVICE} fue denegada porque "
      "nuestros registros no muestran cobertura activa en esa fecha: {DENIAL_REASON}. Llámenos "
      "al {PHONE} para revisar su historial de inscripción; si fue un error, se puede volver a "
      "procesar. También puede apelar antes del {APPEAL_DEADLINE}.",
      claim={"service": "consulta"}),
    D("es", E, "prior_authorization", "none",
      "¿Necesito autorización previa para una cirugía de rodilla?",
      "Hola {MEMBER_FIRST_NAME}, muchas cirugías necesitan autorización previa. El consultorio "
      "del cirujano la solicita antes de programarla; pídales que le confirmen que fue "
      "aprobada. Si quiere, llámenos al {PHONE} con el código del procedimiento.",
      add=PA_UNKNOWN),
    D("es", E, "out_of_network", "none",
      "¿Cómo sé si un médico está en la red?",
      "Hola {MEMBER_FIRST_NAME}, puede buscar al médico en el directorio de proveedores de su "
      "cuenta, por nombre o especialidad. También puede llamarnos al {PHONE} y lo verificamos "
      "con usted.",
      add=NET_UNKNOWN),
    D("es", E, "balance_bill", "balance_bill",
      "El Hospital Santa Elena me cobra 900 dólares pero el seguro dice que debo mucho menos.",
      "Hola {MEMBER_FIRST_NAME}, guíese por la explicación de beneficios: para la reclamación "
      "de {PROVIDER_NAME} del {DATE_OF_SERVICE} su parte es {MEMBER_OWES}. Pida al hospital "
      "que le facture según esa cantidad y, si no lo corrigen, envíenos la factura.",
      claim={"service": "estudio de imagen", "provider": "Hospital Santa Elena",
             "billed": "900.00"},
      mentions=["provider", "amount"]),
    D("es", E, "ambulance", "ambulance_ground",
      "Me mandaron una factura de la ambulancia. ¿El seguro no la paga?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación de la ambulancia del {DATE_OF_SERVICE} fue "
      "procesada: el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. Si la compañía le "
      "cobra más, pídales una factura detallada y llámenos al {PHONE}.",
      claim={"service": "ambulancia"}),
    D("es", E, "emergency_care", "emergency_in_network",
      "Fui a la sala de emergencias del Hospital Santa Elena el 3 de octubre. ¿Cuánto me toca "
      "pagar?",
      "Hola {MEMBER_FIRST_NAME}, para la visita de emergencia a {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}, el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}.",
      claim={"service": "sala de emergencias", "provider": "Hospital Santa Elena",
             "date_of_service": "2026-10-03"},
      mentions=["provider", "date"]),
    D("es", E, "duplicate_charge", "paid",
      "Me cobraron dos veces la misma consulta, 60 dólares cada una.",
      "Hola {MEMBER_FIRST_NAME}, tenemos una sola reclamación para la consulta del "
      "{DATE_OF_SERVICE}, y su parte es {MEMBER_OWES}. Pida al consultorio que revise su "
      "facturación y le devuelva lo que pagó de más.",
      claim={"service": "consulta", "member_owes": "60.00"}, mentions=["amount"]),
    D("es", E, "payment_plan", "paid",
      "No puedo pagar todo de una vez, ¿puedo pagar en partes?",
      "Hola {MEMBER_FIRST_NAME}, su parte de la reclamación del {DATE_OF_SERVICE} es "
      "{MEMBER_OWES} y se le debe a {PROVIDER_NAME}, así que el plan de pagos se hace con su "
      "oficina de facturación. La mayoría ofrece pagos mensuales sin intereses.",
      claim={"service": "procedimiento"}),
    D("es", E, "financial_assistance", "none",
      "¿Hay ayuda para pagar una cuenta del hospital? No tengo trabajo.",
      "Hola {MEMBER_FIRST_NAME}, lo siento mucho. Los hospitales sin fines de lucro tienen "
      "programas de asistencia financiera que pueden reducir o perdonar la cuenta según sus "
      "ingresos; pida la solicitud en la oficina de facturación. Llámenos al {PHONE} si "
      "necesita ayuda con otras opciones."),
    D("es", E, "appeal", "denied:50",
      "¿Cómo apelo una negación? Mi doctor dice que el tratamiento era necesario.",
      "Hola {MEMBER_FIRST_NAME}, puede presentar una apelación interna para la reclamación "
      "{CLAIM_NUMBER} antes del {APPEAL_DEADLINE}. Fue denegada porque {DENIAL_REASON}. "
      "Incluya una carta de su médico explicando por qué necesitaba el tratamiento. Si "
      "mantenemos la decisión, puede pedir una revisión externa.",
      claim={"service": "tratamiento"}),
    D("es", E, "eligibility", "none",
      "¿Puedo agregar a mi esposo al plan? Nos casamos el mes pasado.",
      "¡Felicidades, {MEMBER_FIRST_NAME}! El matrimonio le permite agregar a su esposo dentro "
      "de los 30 días siguientes a la boda (60 en algunos planes). Puede hacerlo en su cuenta "
      "o con su empleador; normalmente se pide el acta de matrimonio."),
    D("es", E, "id_card", "none",
      "Perdí mi tarjeta del seguro, ¿cómo pido otra?",
      "Hola {MEMBER_FIRST_NAME}, puede usar la tarjeta digital en su cuenta desde ahora. Para "
      "recibir una nueva por correo, solicítela en su cuenta o llame al {PHONE}; llega en 7 a "
      "10 días."),
    D("es", E, "pharmacy", "none",
      "¿Mi medicina para la presión está cubierta?",
      "Hola {MEMBER_FIRST_NAME}, puede ver el nivel de su medicina en la lista de medicamentos "
      "de su cuenta, o dígame el nombre y la verifico.",
      add=COV_UNKNOWN),
    D("es", E, "premiums", "none",
      "Se me pasó la fecha de pago de la prima, ¿pierdo el seguro?",
      "Hola {MEMBER_FIRST_NAME}, hay un periodo de gracia; si paga el total antes de que "
      "termine, su cobertura continúa. Pague lo antes posible en su cuenta o llame al {PHONE}."),
    D("es", E, "contact_change", "none",
      "Necesito cambiar mi dirección, me mudé.",
      "Hola {MEMBER_FIRST_NAME}, puede actualizar su dirección en su cuenta, en su perfil, o "
      "llamarnos al {PHONE}."),
    D("es", E, "complaint", "none",
      "Quiero presentar una queja, nadie me ha devuelto la llamada en dos semanas.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho la espera. Puede presentar una queja en su "
      "cuenta o al {PHONE}; díganos qué pasó y cuándo. Y si me cuenta lo que necesita, le "
      "ayudo ahora."),
    D("es", E, "thanks_followup", "none",
      "Mil gracias, muy amable.",
      "¡Con gusto, {MEMBER_FIRST_NAME}! Escríbanos cuando lo necesite."),
    D("es", E, "hsa_fsa", "none",
      "¿Puedo usar mi cuenta HSA para pagar lentes de contacto?",
      "Hola {MEMBER_FIRST_NAME}, sí, los lentes de contacto con receta son generalmente un "
      "gasto médico elegible para la HSA. Guarde el recibo."),
    D("es", E, "collections", "none",
      "Una agencia de cobranza me llama por una cuenta médica que no reconozco.",
      "Hola {MEMBER_FIRST_NAME}, pida a la agencia los detalles de la deuda por escrito, con la "
      "fecha del servicio y el proveedor, y envíenos una copia para revisar cómo se procesó la "
      "reclamación."),
    D("es", "typo", "itemized_bill", "none",
      "kiero la factura detallada del hospital komo la pido",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la da el hospital: llame a su oficina de "
      "facturación y pídala; tiene derecho a recibirla."),
    D("es", "multi", "coordination_of_benefits", "none",
      "Tengo seguro por mi trabajo y por el de mi esposa, ¿cuál paga primero? Y también "
      "necesito una tarjeta nueva.",
      "Hola {MEMBER_FIRST_NAME}, para usted paga primero el plan de su propio trabajo y el de "
      "su esposa es secundario; avísenos del otro plan en su cuenta. Para la tarjeta nueva, "
      "solicítela en su cuenta o al {PHONE}.",
      topics=("coordination_of_benefits", "id_card")),
]
