"""Fresh-2 batch 6: Spanish messages (kind "spanish")."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

E = "spanish"
ITEMS = [
    D("es", E, "deductible", "none",
      "¿Cuánto llevo pagado del deducible y cuánto me queda?",
      "Hola {MEMBER_FIRST_NAME}, le faltan {DEDUCTIBLE_REMAINING} de su deducible de "
      "{DEDUCTIBLE}; ya cumplió {DEDUCTIBLE_MET} este año del plan. Saludos, {AGENT_NAME}"),
    D("es", E, "copay_coinsurance", "none",
      "En mi explicación de beneficios sale copago y también coseguro, ¿no son lo mismo?",
      "Hola {MEMBER_FIRST_NAME}, el copago es una cantidad fija por una visita o receta; el "
      "coseguro es un porcentaje del costo permitido que usted paga después de cumplir el "
      "deducible. Su resumen de beneficios muestra los dos. Saludos, {AGENT_NAME}"),
    D("es", E, "out_of_pocket_max", "none",
      "Si alcanzo el límite anual de lo que pago de mi bolsillo, ¿ya no pago nada más?",
      "Hola {MEMBER_FIRST_NAME}, al llegar a su máximo de {OOP_MAX}, el plan paga el 100 % de la "
      "atención cubierta dentro de la red por el resto del año del plan. Lleva {OOP_MET} hasta "
      "ahora. Saludos, {AGENT_NAME}"),
    D("es", E, "eob_question", "paid",
      "Recibí una explicación de beneficios de Brightwater Imaging. ¿Es una factura?",
      "Hola {MEMBER_FIRST_NAME}, no, la explicación de beneficios no es una factura; muestra "
      "cómo procesamos la reclamación. Para {PROVIDER_NAME} del {DATE_OF_SERVICE}, el plan pagó "
      "{PLAN_PAID} y a usted le corresponde {MEMBER_OWES}. Espere la factura del proveedor y "
      "compárela. Saludos, {AGENT_NAME}",
      claim={"service": "ultrasound", "provider": "Brightwater Imaging", "billed": "480.00",
             "member_owes": "40.00"},
      mentions=["provider"]),
    D("es", E, "denied_claim", "denied:16",
      "la reclamación salió negada, dice que faltan datos, ¿eso lo arreglo yo o el consultorio?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación del {DATE_OF_SERVICE} se rechazó por este "
      "motivo: {DENIAL_REASON}. Pida al consultorio que complete los datos y la envíe de nuevo; "
      "no tiene que pagarla mientras tanto. Saludos, {AGENT_NAME}",
      claim={"service": "office visit", "billed": "170.00"}),
    D("es", E, "prior_authorization", "none",
      "Me van a operar la rodilla el mes que viene, ¿el seguro tiene que aprobarlo antes?",
      "Hola {MEMBER_FIRST_NAME}, las cirugías programadas a menudo la necesitan, y el "
      "consultorio del cirujano nos la pide. Pídales que confirmen que está aprobada antes de la "
      "fecha, o llame al {PHONE}. Saludos, {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("es", E, "out_of_network", "none",
      "Quiero cambiar de ginecóloga, ¿cómo compruebo que acepta mi plan?",
      "Hola {MEMBER_FIRST_NAME}, búsquela en el directorio de proveedores de su cuenta, o llame "
      "al {PHONE} y lo revisamos con usted. Saludos, {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("es", E, "balance_bill", "balance_bill",
      "El laboratorio me cobra 230 pero mi EOB dice que debo 30. ¿Cuál es correcto?",
      "Hola {MEMBER_FIRST_NAME}, vale lo que dice la explicación de beneficios: por el servicio "
      "del {DATE_OF_SERVICE} le corresponde {MEMBER_OWES}. El laboratorio está en la red y no "
      "puede cobrarle más. Pídales que corrijan la factura y envíenosla si no lo hacen. "
      "Saludos, {AGENT_NAME}",
      claim={"service": "lab work", "billed": "230.00", "member_owes": "30.00"},
      mentions=["amount"]),
    D("es", E, "balance_bill", "none",
      "¿Qué es la facturación sorpresa y cómo me protege la ley?",
      "Hola {MEMBER_FIRST_NAME}, la Ley Sin Sorpresas le protege de facturas sorpresa en "
      "emergencias, en atención de médicos fuera de la red en un hospital de la red y en "
      "ambulancia aérea: solo paga su parte de la red. Si recibe una, envíenosla o llame al "
      "1-800-985-3059. Saludos, {AGENT_NAME}"),
    D("es", E, "ambulance", "ambulance_ground",
      "Me llegó una factura de la ambulancia, ¿por qué no la cubrieron toda?",
      "Hola {MEMBER_FIRST_NAME}, la compañía de ambulancia no está en la red, así que por el "
      "traslado del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y a usted le corresponde "
      "{MEMBER_OWES}. Envíenos la factura y revisamos las reglas de su estado. Saludos, "
      "{AGENT_NAME}",
      claim={"service": "ambulance transport", "billed": "1300.00", "member_owes": "290.00"}),
    D("es", E, "emergency_care", "emergency_in_network",
      "¿Por qué tengo que pagar la sala de emergencias si fue una emergencia?",
      "Hola {MEMBER_FIRST_NAME}, la emergencia está cubierta, pero se aplica su parte del costo. "
      "Por la visita del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y a usted le corresponde "
      "{MEMBER_OWES}, que cuenta para su máximo de gastos de bolsillo. Saludos, {AGENT_NAME}",
      claim={"service": "emergency room visit", "billed": "2400.00", "member_owes": "200.00"}),
    D("es", E, "duplicate_charge", "paid",
      "Me cobraron dos veces la misma consulta, ¿qué hago?",
      "Hola {MEMBER_FIRST_NAME}, tenemos una sola reclamación por la consulta del "
      "{DATE_OF_SERVICE}, y a usted le corresponde {MEMBER_OWES}. Pida al consultorio que "
      "revise la factura y le devuelva lo que pagó de más. Saludos, {AGENT_NAME}",
      claim={"service": "office visit", "billed": "200.00", "member_owes": "25.00"}),
    D("es", E, "itemized_bill", "none",
      "El hospital solo me mandó el total, quiero ver cargo por cargo, ¿a quién se lo pido?",
      "Hola {MEMBER_FIRST_NAME}, llame a la oficina de facturación del hospital y pida una "
      "factura detallada con cada cargo y su código; tienen que dársela. Compárela con su "
      "explicación de beneficios. Saludos, {AGENT_NAME}"),
    D("es", E, "payment_plan", "none",
      "No me alcanza para pagar la cuenta del médico de una vez, ¿se puede dividir en cuotas?",
      "Hola {MEMBER_FIRST_NAME}, sí, la mayoría de los proveedores ofrecen planes de pago. Llame "
      "a su oficina de facturación y pídalo; revise antes que la factura coincida con su "
      "explicación de beneficios. Saludos, {AGENT_NAME}"),
    D("es", E, "collections", "none",
      "una agencia de cobranza me llama por una factura médica, ¿qué hago?",
      "Hola {MEMBER_FIRST_NAME}, pida a la agencia un aviso de validación por escrito y "
      "envíenoslo para revisar la reclamación. No pague hasta confirmar que la cantidad coincide "
      "con su explicación de beneficios. Saludos, {AGENT_NAME}"),
    D("es", E, "financial_assistance", "none",
      "¿Hay ayuda financiera para pagar la cuenta del hospital?",
      "Hola {MEMBER_FIRST_NAME}, sí. Los hospitales sin fines de lucro tienen programas de "
      "asistencia financiera según los ingresos. Pida la solicitud en la oficina de "
      "facturación del hospital. Saludos, {AGENT_NAME}"),
    D("es", E, "appeal", "none",
      "¿Hay una fecha límite para pedir que reconsideren una reclamación negada?",
      "Hola {MEMBER_FIRST_NAME}, tiene 180 días desde la negación para presentar una apelación "
      "interna. Si se mantiene, puede pedir una revisión externa dentro de 4 meses. Saludos, "
      "{AGENT_NAME}"),
    D("es", E, "coordination_of_benefits", "none",
      "Tengo dos seguros, el mío y el de mi esposo. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, el seguro de su propio trabajo paga primero y el de su esposo "
      "después. Infórmenos del otro seguro en su cuenta o al {PHONE} para procesar bien sus "
      "reclamaciones. Saludos, {AGENT_NAME}"),
    D("es", E, "eligibility", "none",
      "¿Hasta qué edad puede estar mi hija en mi plan?",
      "Hola {MEMBER_FIRST_NAME}, sus hijos pueden estar en su plan hasta los 26 años, aunque "
      "estén casados, estudien o trabajen. Saludos, {AGENT_NAME}"),
    D("es", E, "id_card", "none",
      "se me cayó la cartera con la credencial del seguro adentro, necesito una nueva",
      "Hola {MEMBER_FIRST_NAME}, puede pedir una tarjeta nueva en su cuenta o al {PHONE}, y usar "
      "la tarjeta digital mientras llega. Saludos, {AGENT_NAME}"),
    D("es", E, "pharmacy", "none",
      "¿Mi medicamento está cubierto? La farmacia dice que no.",
      "Hola {MEMBER_FIRST_NAME}, la lista de medicamentos en su cuenta muestra si está cubierto "
      "y en qué nivel. Si no lo está, su médico puede pedir una excepción o recetar uno "
      "cubierto. Llame al {PHONE} y lo revisamos. Saludos, {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("es", E, "premiums", "none",
      "No pude pagar la prima este mes, ¿pierdo el seguro?",
      "Hola {MEMBER_FIRST_NAME}, no de inmediato: hay un período de gracia para pagar, de 3 "
      "meses si recibe créditos fiscales del Mercado. Pague lo antes posible o llame al {PHONE} "
      "si necesita ayuda. Saludos, {AGENT_NAME}"),
    D("es", E, "contact_change", "none",
      "Cambié de dirección, ¿dónde la actualizo?",
      "Hola {MEMBER_FIRST_NAME}, puede cambiarla en el perfil de su cuenta o llamando al "
      "{PHONE}. Si su seguro es por el trabajo, avise también a recursos humanos. Saludos, "
      "{AGENT_NAME}"),
    D("es", E, "complaint", "none",
      "Quiero poner una queja, nadie me ha resuelto nada.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho la experiencia. Cuénteme qué pasó y le ayudo; "
      "también puede presentar una queja formal en su cuenta o al {PHONE}. Saludos, "
      "{AGENT_NAME}"),
    D("es", E, "thanks_followup", "none",
      "mil gracias, ya quedó todo claro :)",
      "De nada, {MEMBER_FIRST_NAME}, me alegra que todo quedara claro. Aquí estamos para lo que "
      "necesite. Saludos, {AGENT_NAME}"),
    D("es", E, "hsa_fsa", "none",
      "¿Los lentes de contacto se pueden pagar con el dinero de la HSA?",
      "Hola {MEMBER_FIRST_NAME}, sí, los lentes de contacto y anteojos recetados son gastos "
      "médicos calificados para una HSA. Guarde el recibo. Saludos, {AGENT_NAME}"),
]
