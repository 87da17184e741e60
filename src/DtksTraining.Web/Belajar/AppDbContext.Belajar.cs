using DtksTraining.Web.Belajar;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<ModuleProgress> ModuleProgress => Set<ModuleProgress>();
    public DbSet<QuizAttempt> QuizAttempt => Set<QuizAttempt>();
    public DbSet<QuizAnswer> QuizAnswer => Set<QuizAnswer>();
}
