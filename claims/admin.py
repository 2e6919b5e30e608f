from django.contrib import admin

from claims.models import PlanBenefit


@admin.register(PlanBenefit)
class PlanBenefitAdmin(admin.ModelAdmin):
    list_display = ("plan_name", "deductible", "out_of_pocket_max", "year_start_month")
    search_fields = ("plan_name",)
